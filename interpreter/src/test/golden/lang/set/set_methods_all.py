# Every set and frozenset method and operator, with small ints (word-size independent order).
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

s = {3, 1, 2}
print(s, set(), frozenset(), frozenset({5, 4}), set(range(10, 0, -3)))
s.add(7); s.add(1); print(s)
s.discard(7); s.discard(99); print(s)
s.remove(3); print(s)
show(lambda: s.remove(99))
show(lambda: s.remove([]))
print(s.pop(), s)
show(lambda: set().pop())
s = {1, 2, 3, 4}
t = {3, 4, 5}
print(s | t, s & t, s - t, s ^ t, t - s)
print(s.union(t, [9]), s.intersection(t, range(4)), s.difference(t, [1]), s.symmetric_difference([4, 8]))
print(s.union(), s.intersection(), s.difference())
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint([8]), s.isdisjoint(t))
print(s <= s, s < s, {1} < s, s > {1}, s >= {5}, s == frozenset(s), s != t)
u = s.copy(); u.update([10], (11,)); print(u)
u.intersection_update({1, 10, 11}, [10, 11]); print(u)
u.difference_update([10]); print(u)
u.symmetric_difference_update([11, 12]); print(u)
u |= {1}; u &= {1, 12}; u -= {12}; u ^= {2}; print(u)
u.clear(); print(u)
show(lambda: s | [1])
show(lambda: s < [1])
show(lambda: s.update(5))
show(lambda: s.add([]))
show(lambda: set(1))
show(lambda: set([], []))
show(lambda: frozenset([[]]))
show(lambda: {[1]})
show(lambda: s.symmetric_difference())
show(lambda: s.issubset())
print(1 in s, [] in s, {1} in {frozenset({1})}, set() in {frozenset()})
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, fs.copy() is fs, fs.union([4]))
show(lambda: fs.add(1))
print(hash(frozenset()) == hash(frozenset([])), hash(fs) == hash(frozenset([2, 1])))
show(lambda: hash(set()))
print({frozenset([1]): 'a'}[frozenset({1})])
print(repr(set()), repr(frozenset()), str({1}), repr(frozenset({1, 2})))
class S(set): pass
class F(frozenset): pass
print(S([1]), F([2]), F(), S(), repr(S()))
print(type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
r = set()
print(set.__name__, frozenset.__name__, len(s), bool(set()), sorted({5, 3, 9}))
print(set([1, 1.0, True]), {0, False, 0.0}, {-1, -2, 1, 2})
print(set(range(40)))
print({100, 200, 3, 9, 17}, {-5, 5, 16, 32})
a = set(range(20)); a -= set(range(0, 20, 2)); print(a)
print(set.union({1}, {2}), frozenset.union(frozenset(), {1}))
def grow():
    g = {1, 2}
    for x in g:
        g.add(x + 10)
show(grow)
print(s.__and__(1), s.__or__([1]))
print(set('aaa'), frozenset('b'))
print({1, 2} == {1, 2, 3} - {3}, frozenset({1}) == {1})
