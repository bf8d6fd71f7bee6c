def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# numeric dunder protocols with user classes in builtins
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'N({self.v})'
print(list(range(N(1), N(5), N(2))), 'abc'[N(1)], [1, 2, 3][N(0):N(2)], bin(N(5)), chr(N(65)))
print(round(2.567, N(1)), pow(N(2), N(3)) if hasattr(N, '__pow__') else 'no pow')
t(lambda: N(1) + 1)
t(lambda: int(N(7)))
t(lambda: float(N(7)))
t(lambda: complex(N(7)))
print(divmod(7, 2), (7).__divmod__(2), (7).__rdivmod__(2), (2).__rpow__(3), (3).__pow__(2, 5))
print((1).__add__(1.0), (1.0).__radd__(1), (1).__eq__(1.0), (1).__lt__('a'), 'a'.__mul__(2), 'a'.__rmul__(2))
print(int.__add__(1, 2), float.__mul__(2.0, 3), complex.__add__(1j, 1))
print([1].__add__([2]), [1].__iadd__((2,)), (1,).__add__((2,)), [1].__mul__(2), (1,).__rmul__(2))
t(lambda: [1].__add__((2,)))
t(lambda: (1,).__add__([2]))
t(lambda: 'a'.__add__(1))
t(lambda: [].__add__(()) + 1)
print({}.__or__(1), {1}.__or__([2]), (1).__truediv__(0) if False else '')
t(lambda: (1).__truediv__(0))
t(lambda: (1).__floordiv__(0))
t(lambda: (1.0).__mod__(0))
print((5).__lshift__(2), (5).__rshift__(1), (5).__and__(3), (5).__xor__(1), (5).__or__(2), (5).__invert__(), (5).__neg__(), (-5).__abs__())
print(True.__and__(False), True.__or__(1), True.__xor__(True), (True).__invert__() if False else '')
print((3).__bool__(), (0).__bool__(), (3.5).__int__(), (3).__float__(), (3).__index__(), (2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (2.5).__round__())
print((7).__round__(-1), (2.675).__round__(2), (1).__round__(), (15).__round__(-1), (25).__round__(-1))
print(hash(1) == (1).__hash__(), (1).__hash__() == (1.0).__hash__())
print((1).__sizeof__() > 0, (1).__format__('03'), (1.5).__format__('.2f'), (1).__repr__(), (1).__str__())
print(int.__new__(int, 5), float.__new__(float, '1.5'), type(int.__new__(bool, 1)) if False else '')
t(lambda: int.__new__(str, 5))
t(lambda: int.__new__(5))
class MyInt(int):
    pass
print(type(int.__new__(MyInt, 5)).__name__, int.__new__(MyInt, '7'))
