# dict subclasses: __missing__, overridden __setitem__ (not used by update), copy type, repr, fromkeys.
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] = c[ch] + 1
print(c, type(c).__name__, c['z'], 'z' in c, c.get('z'))
class Loud(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
l = Loud(a=1)
l['b'] = 2
l.update(c=3)
l.setdefault('d', 4)
print(l, type(l.copy()).__name__, type(Loud.fromkeys('ab')).__name__, Loud.fromkeys('ab', 0))
class R(dict):
    def __repr__(self): return 'R' + super().__repr__()
print(R(x=1), [R()], str(R(y=2)))
class K(dict):
    def keys(self): return ['only']
    def __getitem__(self, k): return 'item-' + k
print(dict(K(a=1)), {**K(a=1)}, dict.__repr__(K(a=1)))
d = {}
d.update(K(a=1)); print(d)
print(Counter(a=1) == {'a': 1}, Counter() | {'q': 1}, type(Counter() | {}).__name__)
print(isinstance(c, dict), issubclass(Counter, dict), Counter.__mro__)
class Hashy:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 3
    def __eq__(self, o): return isinstance(o, Hashy) and self.n == o.n
    def __repr__(self): return 'H%d' % self.n
hd = {Hashy(i): i for i in range(7)}
print(hd, hd[Hashy(4)], Hashy(9) in hd)
del hd[Hashy(0)]; print(list(hd))
