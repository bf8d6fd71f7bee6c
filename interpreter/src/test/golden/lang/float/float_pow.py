# float powers: C99's special cases, negative bases with fractional exponents give complex numbers.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf = float("inf")
nan = float("nan")
cases = [(2.0, 0.5), (-2.0, 2), (-2.0, 3), (-2.0, -1), (-2.0, -2), (0.0, 0), (1.0, nan), (nan, 0), (nan, 1), (-1.0, inf),
         (-1.0, -inf), (0.5, inf), (2.0, inf), (0.5, -inf), (2.0, -inf), (inf, 2), (inf, -2), (-inf, 3), (-inf, 2),
         (-inf, -3), (-inf, -2), (-inf, 0.5), (0.0, 3), (-0.0, 3), (-0.0, 2), (-0.0, 0.5), (0.0, inf), (10.0, 308),
         (10.0, -320), (-8.0, 1 / 3), (-1.0, 0.5), (-1, 0.5), (-4, 0.25), (-2.5, 1.5), (-1e-300, 0.5), (2, -1074),
         (2, -1075), (1.0, 1e300), (-1.0, 1e300), (-1.0, 2 ** 53 + 1.0)]
for a, b in cases:
    show((a, b), lambda: a ** b)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("(-0.0) ** -3", lambda: (-0.0) ** -3)
show("0 ** -1.5", lambda: 0 ** -1.5)
show("pow(-8, 1/3)", lambda: pow(-8, 1 / 3))
show("type((-8) ** 0.5)", lambda: type((-8) ** 0.5).__name__)
show("(-2.0) ** 0.5 == 2 ** 0.5 * 1j", lambda: abs((-2.0) ** 0.5 - 2 ** 0.5 * 1j) < 1e-15)
show("2 ** 1.5", lambda: 2 ** 1.5)
show("4 ** -0.5", lambda: 4 ** -0.5)
show("True ** 0.5", lambda: True ** 0.5)
show("(1.5).__pow__(2)", lambda: (1.5).__pow__(2))
show("(1.5).__rpow__(2)", lambda: (1.5).__rpow__(2))
show("(1.5).__pow__(2, 3)", lambda: (1.5).__pow__(2, 3))
show("(1.5).__pow__('a')", lambda: (1.5).__pow__("a"))
x = -27.0
x **= 1 / 3
print(type(x).__name__, round(x.real, 6), round(x.imag, 6))
