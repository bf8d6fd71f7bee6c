def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# iteration protocol edge: StopIteration value, __next__ returning, iter sentinel, exhausted
class Counter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(self.i)
        return self.i
c = Counter()
print(list(c), list(c), next(c, 'dflt'))
it = iter(lambda: 1, 1)
print(list(it))
t(lambda: iter(lambda: 1, 1, 2))
t(lambda: iter(1, 1))
class BadNext:
    def __iter__(self): return self
    __next__ = None
t(lambda: next(BadNext()))
t(lambda: list(BadNext()))
class RaiseInIter:
    def __iter__(self): raise ValueError('iter failed')
t(lambda: list(RaiseInIter()))
t(lambda: [x for x in RaiseInIter()])
def unpack():
    a, b = RaiseInIter()
t(unpack)
class Len3:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Len3())), sorted(Len3(), reverse=True), 2 in Len3(), list(enumerate(Len3())))
print(tuple(zip(Len3(), 'abc')), dict(zip('ab', Len3())))
class Hint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 100
print(list(Hint()))
g = (i for i in range(2))
print(list(g), list(g))
t(lambda: next(g))
def gen():
    return (yield)
gg = gen()
next(gg)
try:
    gg.send('sent value')
except StopIteration as e:
    print('returned', e.value)
t(lambda: gg.send(1))
t(lambda: gen().send(1))
