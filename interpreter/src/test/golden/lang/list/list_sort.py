# list.sort and sorted: stability, key, reverse, errors, mutation during sort.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

data = [(k % 5, i) for i, k in enumerate([7, 3, 9, 1, 5, 3, 8, 0, 2, 6, 4, 9, 1, 1, 3, 7] * 5)]
s = sorted(data, key=lambda t: t[0]); print(s[:20])
print(s == sorted(data, key=lambda t: t[0]))
r = sorted(data, key=lambda t: t[0], reverse=True); print(r[:20])
words = "the quick brown Fox jumps over The lazy dog A a".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
a = [5, 2, 8, 1]
print(a.sort(), a)
a.sort(reverse=True); print(a)
a.sort(key=None); print(a)
show(lambda: a.sort(lambda x: x))
show(lambda: [1, 'a'].sort())
show(lambda: sorted([1, 'a', 2]))
show(lambda: sorted())
show(lambda: sorted([1], [2]))
show(lambda: sorted([1], cmp=None))
show(lambda: [3, 1].sort(key=1))
show(lambda: sorted([3, 1], key=lambda x: 1 / 0))
def mutate():
    b = list(range(10))
    def k(x):
        b.append(x)
        return x
    b.sort(key=k)
show(mutate)
def mutate2():
    b = [3, 1, 2]
    def k(x):
        b.clear()
        return x
    b.sort(key=k)
    return b
show(mutate2)
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big, reverse=True)[:5])
print(sorted(big) == sorted(sorted(big)))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K(%d)" % self.v
print(sorted([K(3), K(1), K(2)]))
print(max([K(3), K(1)], key=lambda k: k.v), sorted([2.5, 1, True, -3]))
print(sorted("hello"), sorted((3, 1)), sorted({3: 1, 1: 2}), sorted([], reverse=True))
print(sorted([1, 2, 3], reverse=1), sorted([1, 2, 3], reverse=0.0))
show(lambda: sorted([1, 2], reverse='x'))
print(sorted(range(20), key=lambda x: x % 3))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]))
rs = list(range(50, 0, -1)); rs.sort(); print(rs[:5], rs[-3:])
