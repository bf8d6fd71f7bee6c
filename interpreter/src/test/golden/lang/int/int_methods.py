# The methods and attributes of int.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [0, 7, -7, 2 ** 70, -(2 ** 70), True]:
    print(n, n.conjugate(), n.real, n.imag, n.numerator, n.denominator, n.as_integer_ratio(), n.is_integer(),
          n.__index__(), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(), n.__int__(), n.__float__(),
          n.__abs__(), n.__neg__(), n.__pos__(), n.__bool__())
print(type(True.real).__name__, type(True.numerator).__name__, type(True.as_integer_ratio()[0]).__name__)
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3), (5).__mul__(3), (5).__floordiv__(3),
      (5).__rfloordiv__(3), (5).__mod__(3), (5).__rmod__(3), (5).__truediv__(2), (5).__rtruediv__(2),
      (5).__pow__(2), (5).__rpow__(2), (5).__pow__(2, 3), (5).__lshift__(1), (5).__rshift__(1), (5).__and__(3),
      (5).__or__(3), (5).__xor__(3), (5).__divmod__(3), (5).__rdivmod__(17))
print((5).__add__(1.0), (5).__eq__(5.0), (5).__lt__(6), (5).__divmod__(2.0), int.__add__(5, 1))
print((1).__eq__(1), (1).__ne__(2), (1).__ge__(1), (1).__gt__("a"))
print(int.__new__(int, 5), int.__new__(bool, 1) if False else 0, int.__name__, int.__qualname__, int.__module__)
print(hash(5), hash(-1), hash(-2), hash(0), hash(True), hash(2 ** 20))
show("(5).bit_length(1)", lambda: (5).bit_length(1))
show("int.bit_length()", lambda: int.bit_length())
show("(5).real = 3", lambda: setattr(5, "real", 3))
show("(5).foo", lambda: (5).foo)
show("(5).__round__('a')", lambda: (5).__round__("a"))
show("(5).__round__(1, 2)", lambda: (5).__round__(1, 2))
show("int.from_bytes()", lambda: int.from_bytes())
print(isinstance(True, int), issubclass(bool, int), int in bool.__mro__, bool.__bases__, int.__bases__)
print(sorted([3, -1, 2 ** 65, -(2 ** 65), 0, True]))
print(max(1, 2 ** 64), min(-3, -(2 ** 70)), sum([2 ** 62, 2 ** 62, 2 ** 62]), sum(range(101)))
