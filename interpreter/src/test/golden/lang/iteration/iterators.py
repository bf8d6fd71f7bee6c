# The iterator protocol: iter, next, StopIteration, user iterators.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for x in Countdown(2):
    print("tick", x)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))

class Reusable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)

r = Reusable("ab")
print(list(r), list(r), "a" in r)

calls = iter([3, 2, 1, 0, 5].pop, 1)
print(list(calls))
print(list(iter(lambda: 7, 7)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
