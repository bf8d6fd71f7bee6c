# list subclasses and list operations with user objects: __eq__ in index/count/remove/in, __lt__ in sort.
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1, 2])
l.append(3); l.extend([4]); l += [5]
print(l, type(l).__name__, type(l + [1]).__name__, type(l[:1]).__name__, type(l * 2).__name__, repr(L()))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, o)
        return self.v == o
    __hash__ = None
a = [1, 2, 3]
print(a.index(E(2)), a.count(E(3)), E(1) in a)
a.remove(E(3)); print(a)
class Cmp:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Cmp.calls += 1
        return self.v < o.v
    def __repr__(self): return 'C%d' % self.v
s = sorted([Cmp(v) for v in [5, 3, 8, 1, 9, 2]])
print(s, Cmp.calls > 0)
class Sized(list):
    def __len__(self): return 99
print(len(Sized([1])), bool(Sized()), Sized([1, 2]) == [1, 2], list(Sized([7])))
print(list.__add__([1], [2]), list.__iadd__([1], (2,)), list.__contains__([1], 1))
x = [3, 1, 2]
print(sorted(x, key=lambda v: -v), x.sort(key=lambda v: v % 3) or x)
def raise_in_key():
    try:
        [1, 2, 3].sort(key=lambda v: {}[v])
    except KeyError as e:
        print('KeyError', e)
raise_in_key()
y = [0] * 3
y[1:2] = (i for i in range(4)); print(y)
y[::2] = map(str, range(len(y[::2]))); print(y)
print([1, 2] * True, [[0] * 2] * 2)
z = L()
print(isinstance(z, list), L.__mro__, L.__base__)
print([1, 2, 3][E(1) == 1 and 1:])
