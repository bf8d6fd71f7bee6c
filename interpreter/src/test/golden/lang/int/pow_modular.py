# Powers: negative exponents give floats, three-argument pow with modular inverses and its errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** 64, (-3) ** 41, 1 ** (10 ** 30), (-1) ** (10 ** 30 + 1))
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 7 ** -1)
show("0 ** -1", lambda: 0 ** -1)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("2 ** 0.5", lambda: 2 ** 0.5)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(-3, 3, -5), pow(2, 10 ** 20, 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(2, -3, -7), pow(-2, -1, 7), pow(38, -1, 97))
print(pow(5, -1, 1), pow(0, -1, 1), pow(0, 0, 1), pow(0, 0, 7), pow(2 ** 100, 3, 10 ** 9 + 7))
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(True, 2, 2), pow(2, 3, None))
show("pow(2, -1, 4)", lambda: pow(2, -1, 4))
show("pow(0, -1, 5)", lambda: pow(0, -1, 5))
show("pow(2, 3, 0)", lambda: pow(2, 3, 0))
show("pow('a', 2, 3)", lambda: pow('a', 2, 3))
show("pow(2.0, 2, 3)", lambda: pow(2.0, 2, 3))
show("pow(2, 2.0, 3)", lambda: pow(2, 2.0, 3))
show("pow(2, 2, 3.0)", lambda: pow(2, 2, 3.0))
show("pow(2, 1j, 3)", lambda: pow(2, 1j, 3))
show("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
show("pow(2)", lambda: pow(2))
show("pow(2, 3, 4, 5)", lambda: pow(2, 3, 4, 5))
show("2 ** 'a'", lambda: 2 ** 'a')
show("2 ** None", lambda: 2 ** None)

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)

show("pow(P(), 2, 3)", lambda: pow(P(), 2, 3))
show("pow(2, P(), 3)", lambda: pow(2, P(), 3))
show("pow(2, P())", lambda: pow(2, P()))
show("P() ** 5", lambda: P() ** 5)
for b in range(1, 12):
    inv = pow(b, -1, 13)
    print(b, inv, b * inv % 13)
