# iter with a sentinel, next with a default, and their errors.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

n = [0]
def counter():
    n[0] += 1
    return n[0]
it = iter(counter, 4)
print(type(it).__name__, list(it), list(it))
show(lambda: iter(1))
show(lambda: iter(1, 2))
show(lambda: iter())
show(lambda: iter([], 1, 2))
show(lambda: next(1))
show(lambda: next([]))
print(next(iter([]), 'dflt'), next(iter([5]), 'dflt'))
show(lambda: next(iter([])))
show(lambda: next())
g = (x for x in [1])
print(next(g), next(g, None), next(g, 'end'))
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(list(iter(Seq())), type(iter(Seq())).__name__, 20 in Seq())
class NotIt:
    def __iter__(self):
        return 5
show(lambda: iter(NotIt()))
class NoNext:
    __iter__ = None
show(lambda: iter(NoNext()))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), next(It()), [x for x in It()])
def raiser():
    raise ValueError("inside")
show(lambda: list(iter(raiser, None)))
lines = iter(["a", "b", "", "c"].pop, "b")
print(list(lines))
it = iter([1, 2, 3])
print(it.__next__(), next(it), list(it), next(it, 9))
