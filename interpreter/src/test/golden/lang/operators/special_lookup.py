def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# special method lookup bypasses instance
class C:
    def __len__(self): return 1
c = C()
c.__len__ = lambda: 5
print(len(c))
c.__add__ = lambda o: 'inst'
t(lambda: c + 1)
class G:
    def __getattr__(self, n):
        return lambda *a: 'ga ' + n
t(lambda: G() + 1)
t(lambda: len(G()))
t(lambda: iter(G()))
print(G().__len__())
# __hash__ inheritance
class E1:
    def __eq__(self, o): return True
class E2(E1):
    def __hash__(self): return 3
class E3(E2):
    def __eq__(self, o): return False
print(E2.__hash__ is not None, E3.__hash__)
t(lambda: hash(E3()))
class HashOnlyParent:
    def __hash__(self): return 11
class EqChild(HashOnlyParent):
    def __eq__(self, o): return False
t(lambda: hash(EqChild()))
# __ne__ default inverts __eq__
class OnlyEq:
    def __eq__(self, o): return 'truthy'
print(OnlyEq() != 1, OnlyEq() == 1)
class EqNI:
    def __eq__(self, o): return NotImplemented
print(EqNI() != EqNI(), EqNI() == 1)
# __bool__ vs __len__ precedence, NotImplemented in bool
class BL:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(BL()))
# reflected comparisons with subclasses
class Base:
    def __lt__(self, o):
        return 'Base.lt'
    def __gt__(self, o):
        return 'Base.gt'
class Derived(Base):
    def __gt__(self, o):
        return 'Derived.gt'
print(Base() < Derived(), Derived() < Base(), Base() > Derived())
# __eq__ identity fallback for different types
print(object() == object(), None == 0, 1 == 1.0, 'a' == b'a')
# int/str cross ops
t(lambda: 1 < 'a')
t(lambda: [1] < (1,))
t(lambda: {} < {})
t(lambda: object() < object())
# __iadd__ on list via attribute
class H:
    def __init__(self): self.l = []
h = H()
h.l += [1]
print(h.l)
# in-place on immutable via subscript
d = {'a': (1,)}
d['a'] += (2,)
print(d)
# __contains__ returning non-bool
class Cn:
    def __contains__(self, x): return 0
print(1 in Cn(), 1 not in Cn())
# __index__ used by bin/hex and slices; __int__ not used
class IntOnly:
    def __int__(self): return 3
t(lambda: [1, 2, 3][IntOnly()])
t(lambda: hex(IntOnly()))
t(lambda: range(IntOnly()))
print(int(IntOnly()))
# divmod / pow reflected with builtins
class Num:
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __rpow__(self, o): return ('rpow', o)
    def __rmatmul__(self, o): return ('rmatmul', o)
    def __rlshift__(self, o): return ('rlshift', o)
print(divmod(5, Num()), 2 ** Num(), [1] @ Num(), 1 << Num())
# negative shift, float ops errors
t(lambda: 1 << -1)
t(lambda: 1.5 << 1)
t(lambda: 1.5 & 1)
t(lambda: 'a' * 'b')
t(lambda: [1] * [2])
t(lambda: 'a' - 'b')
t(lambda: {1} + {2})
t(lambda: {'a': 1} + {'b': 2})
t(lambda: (1,) + [2])
t(lambda: None + None)
t(lambda: 3 % 0)
t(lambda: 3.0 % 0)
t(lambda: divmod(3, 0))
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1)
t(lambda: -1 ** 0.5)
print((-1) ** 0.5)
print({1: 'a'} | {2: 'b'}, {1} | {2}, {1, 2} & {2}, {1, 2} - {2}, {1} ^ {2})
