# Sets of small ints (their order is the same on every CPython).
s = {3, 1, 2}
s.add(10)
s.add(2)
print(s, len(s), 3 in s, 4 in s)
s.discard(10)
s.discard(99)
s.remove(3)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {9}), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 5} <= a, a >= {4}, {1} < {1, 2}, a.isdisjoint({7, 8}))
c = set(range(5))
c -= {0, 1}
c |= {7}
c &= {2, 3, 7, 8}
print(c)
print(set(), frozenset(), frozenset([3, 1]), set([1, 1, 2]))
fs = frozenset({1, 2})
print({fs: "frozen"}[frozenset([2, 1])])
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted({"b", "a", "c"}))
