class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print(Z.__bases__ == (K1, K2, K3), O.__base__ is object, Z.__base__ is K1)

def t(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

t(lambda: type('X', (A, O), {}))
t(lambda: type('X', (O, A), {}))
class X(A, B): pass
class Y(B, A): pass
t(lambda: type('XY', (X, Y), {}))
t(lambda: type('Dup', (A, A), {}))
t(lambda: type('Bad', (5,), {}))
t(lambda: type('Bool', (bool,), {}))
t(lambda: type('Lay', (int, str), {}))
t(lambda: type('ok', (), {'a': 1}).a)
T = type('T', (A,), {'x': 1, 'm': lambda self: self.x + 1, '__doc__': 'tdoc'})
print(T.__name__, T.__qualname__, T.__module__, T().m(), T.__doc__, [k.__name__ for k in T.__mro__])
t(lambda: type('T', 5, {}))
t(lambda: type('T', (), 5))
t(lambda: type(5, (), {}))
t(lambda: type('a', 'b'))
t(lambda: type())
print(type(5) is int, type(T()) is T, type(type) is type)
print(issubclass(Z, O), issubclass(Z, (int, A)), isinstance(Z(), K2))
t(lambda: issubclass(5, int))
t(lambda: isinstance(1, 5))
print(O.__subclasses__() == [A, B, C, D, E])

class Base:
    def who(self):
        return 'Base'
class L(Base):
    def who(self):
        return 'L>' + super().who()
class R(Base):
    def who(self):
        return 'R>' + super().who()
class LR(L, R):
    def who(self):
        return 'LR>' + super().who()
print(LR().who(), [c.__name__ for c in LR.__mro__])

class Meta(type):
    def mro(cls):
        return [cls, object]
class Odd(A, metaclass=Meta):
    pass
print([c.__name__ for c in Odd.__mro__])
