# range iteration: negative steps, huge bounds, reversed, membership of non-ints, iterator protocol.
r = range(10, -10, -4)
print(list(r), list(reversed(r)), r[::-1], len(r), r.index(-6), r.count(2))
big = range(2**64, 2**64 + 10, 3)
print(list(big), len(big), list(reversed(big)), big[-1], 2**64 + 3 in big)
it = iter(range(3))
print(type(it).__name__, next(it), it.__length_hint__(), list(it), next(it, 'end'))
bit = iter(range(2**64, 2**64 + 2))
print(type(bit).__name__, list(bit))
print(2.0 in range(3), 2.5 in range(3), True in range(2), None in range(2), [x for x in range(0)])
print(range(1, 10, 2) == range(1, 11, 2), hash(range(1, 10, 2)) == hash(range(1, 11, 2)))
print(list(range(0, -5, -1)), list(range(-5, 0)), range(5)[-5], range(5)[4])
print(sum(range(0, 100, 7)), list(map(len, [range(i) for i in range(4)])))
total = 0
for i in range(1000):
    total += i % 7
print(total)
print(list(zip(range(3), range(10, 13), range(20, 100, 40))))
print(min(range(5, 0, -1)), max(range(-3, 3)), sorted(range(3, 0, -1)))
print(range(3).__reversed__().__length_hint__(), reversed(range(2**70)).__next__())
class Idx:
    def __index__(self): return 3
print(range(Idx()), range(Idx(), 10, Idx()), list(range(Idx(), 10, Idx())))
print(bool(range(5, 5)), bool(range(5, 6)))
