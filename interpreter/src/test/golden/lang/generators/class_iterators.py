# __iter__ written as a generator; generator methods, properties and inheritance.
class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def __reversed__(self):
        for y in reversed(range(self.h)):
            for x in reversed(range(self.w)):
                yield x, y

    def row(self, y):
        return (x for x in range(self.w))

r = Range2D(2, 2)
print(list(r))
print(list(reversed(r)))
print(list(r.row(0)))
print((1, 1) in r, (5, 5) in r)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2))

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class EvenCountdown(Countdown):
    def __iter__(self):
        for n in super().__iter__():
            if n % 2 == 0:
                yield n

print(list(Countdown(5)), list(EvenCountdown(9)))

class Tree:
    def __init__(self):
        self.items = []

    def add(self, *xs):
        self.items.extend(xs)
        return self

    @property
    def evens(self):
        return (x for x in self.items if x % 2 == 0)

    @staticmethod
    def gen_static(n):
        yield from range(n)

    @classmethod
    def gen_class(cls, n):
        for i in range(n):
            yield cls.__name__, i

t = Tree().add(1, 2, 3, 4)
print(list(t.evens), list(Tree.gen_static(3)), list(Tree.gen_class(2)))

class Lines:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        start = 0
        while True:
            end = self.text.find("\n", start)
            if end < 0:
                yield self.text[start:]
                return
            yield self.text[start:end]
            start = end + 1

print(list(Lines("a\nbb\n\nccc")))
print(max(Lines("short\nthe longest line\nmid"), key=len))

class BadIter:
    def __iter__(self):
        return 5

try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
