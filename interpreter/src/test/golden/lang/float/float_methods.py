# The methods and attributes of float.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [2.5, 0.1, -0.0, 1e300, 3.0, -7.25, 5e-324]:
    print(repr(x), x.as_integer_ratio(), x.is_integer(), x.conjugate(), x.real, x.imag, x.__trunc__(), x.__floor__(),
          x.__ceil__(), x.__int__(), x.__float__(), x.__abs__(), x.__neg__(), x.__pos__(), x.__bool__(), x.__getnewargs__())
for x in [float("inf"), float("-inf"), float("nan")]:
    show(repr(x) + ".as_integer_ratio()", lambda: x.as_integer_ratio())
    show(repr(x) + ".is_integer()", lambda: x.is_integer())
    show(repr(x) + ".__floor__()", lambda: x.__floor__())
    show(repr(x) + ".__ceil__()", lambda: x.__ceil__())
    show(repr(x) + ".__trunc__()", lambda: x.__trunc__())
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__sub__(1), (1.5).__rsub__(1), (1.5).__mul__(2), (1.5).__truediv__(2),
      (1.5).__rtruediv__(3), (1.5).__floordiv__(1), (1.5).__rfloordiv__(4), (1.5).__mod__(1), (1.5).__rmod__(4),
      (1.5).__divmod__(1), (1.5).__rdivmod__(4), (1.5).__add__("a"), (1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__eq__("a"))
print(float.__name__, float.__module__, float.__bases__, float(), float.__new__(float, "2"), float.__new__(float))
show("(1.5).real = 2", lambda: setattr(1.5, "real", 2))
show("float.is_integer()", lambda: float.is_integer())
show("(1.5).hex(1)", lambda: (1.5).hex(1))
show("(1.5).__round__(1, 2)", lambda: (1.5).__round__(1, 2))
show("(1.5).__trunc__(1)", lambda: (1.5).__trunc__(1))
print(repr(1e16), repr(1e-5), repr(123456789012345678.0), repr(0.1 + 0.2), str(1e22), str(-1e-7), repr(2.0 ** 70),
      repr(1.0), repr(100.0), repr(1e15), repr(0.0001), repr(1.5e-323))
print(hash(1.0) == hash(1), hash(-3.0) == hash(-3), hash(2.0 ** 70) == hash(2 ** 70), hash(0.0), hash(-0.0),
      hash(float("inf")), hash(float("-inf")), hash(1e100) == hash(10 ** 100), hash(-1.0))
nan = float("nan")
print(nan == nan, nan != nan, nan in [nan], [nan] == [nan], {nan: 1}.get(nan), len({nan, float("nan")}))
