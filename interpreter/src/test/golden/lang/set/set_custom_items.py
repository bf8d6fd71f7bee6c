# sets of user objects: __hash__/__eq__ calls, mutation of items, comparisons by subset, errors.
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 4
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return 'H%d' % self.v
s = {H(i) for i in range(10)}
print(len(s), H(3) in s, H(11) in s, sorted(s, key=lambda h: h.v))
s.discard(H(3)); print(len(s), H(3) in s)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2} >= {3}, {1} == {1.0}, {1, 2} != {2, 1})
print(sorted({1, 2}.__or__({3})), {1}.__lt__(1), frozenset({1}) < {1, 2}, {1, 2} > frozenset({1}))
class Unhash:
    __hash__ = None
try:
    {Unhash()}
except TypeError as e:
    print('TypeError', e)
try:
    Unhash() in {1}
except TypeError as e:
    print('TypeError', e)
print(frozenset({1}) in {frozenset({1}): 1}, {1} in [{1}], set() == frozenset())
try:
    {1}.add({2})
except TypeError as e:
    print('TypeError', e)
print({1} in {frozenset({1})})
class SetSub(set):
    def __init__(self, *a):
        print('init', a)
        super().__init__(*a)
ss = SetSub([3, 1])
print(ss, type(ss.copy()).__name__, type(ss | {1}).__name__, type(ss - {1}).__name__)
print(set([1, 2]).issubset(SetSub([1, 2, 3])))
x = {1, 2, 3}
y = x
x &= {1, 2}; print(y, x is y)
x |= {9}; x -= {1}; x ^= {2, 7}; print(sorted(y))
print(sorted({i * i % 7 for i in range(20)}), max({3, 9, 1}), min(frozenset({4, 2})), sum({1, 2, 3}))
