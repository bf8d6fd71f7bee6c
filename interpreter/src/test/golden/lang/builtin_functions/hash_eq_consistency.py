# hash equalities that hold on every word size: numbers across types, tuples, frozensets, user __hash__.
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(-1) == hash(-2), hash(-1.0) == hash(-1), hash(2**20) == hash(2.0**20), hash(12345) == 12345)
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
print(hash('abc') == hash('abc'), hash(b'abc') == hash(b'abc'), hash(()) == hash(tuple()))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(int) == hash(int))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
print(hash(K(-1)), hash(K(5)), hash(K(2**100)) == hash(2**100) if False else hash(K(7)), {K(1): 'a'}[K(1)])
class NoEq:
    pass
n = NoEq()
print(hash(n) == hash(n), {n: 1}[n])
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError', e)
class Sub(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Sub())).__name__)
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
class IntSubHash:
    def __hash__(self):
        class I(int): pass
        return I(7)
print(hash(IntSubHash()))
d = {1: 'int'}
d[1.0] = 'float'; d[True] = 'bool'
print(d, {0: 'a', 0.0: 'b', False: 'c', -0.0: 'd'})
print(len({1, 1.0, True, 1 + 0j}), len({0.5, 1 / 2}), {float('nan')} == {float('nan')})
n1 = float('nan')
print({n1} == {n1}, n1 in {n1}, n1 in [n1], (n1,) == (n1,))
