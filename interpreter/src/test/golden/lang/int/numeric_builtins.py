# round, divmod, pow, abs, hex, oct, bin on numbers of each kind, and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [15, 25, -25, 35, 7, 10 ** 30 + 5, -(10 ** 30) - 50, 0, 149, 150, 250]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), round(n, -100), round(n, -31))
show("round(5, None)", lambda: round(5, None))
show("round(5, 1.5)", lambda: round(5, 1.5))
show("round(5, '1')", lambda: round(5, "1"))
show("round('5')", lambda: round("5"))
show("round()", lambda: round())
show("round(number=2.5)", lambda: round(number=2.5))
show("round(1j)", lambda: round(1j))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(True, 2), divmod(2 ** 70, -3))
show("divmod(1, 0)", lambda: divmod(1, 0))
show("divmod(1.0, 0)", lambda: divmod(1.0, 0))
show("divmod(1, 0.0)", lambda: divmod(1, 0.0))
show("divmod(1j, 1)", lambda: divmod(1j, 1))
show("divmod('a', 1)", lambda: divmod("a", 1))
show("divmod(1)", lambda: divmod(1))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(-(2 ** 80)), abs(False), abs(-True))
show("abs('a')", lambda: abs("a"))
show("abs(None)", lambda: abs(None))
for n in [0, 1, -1, 255, -255, 2 ** 70, -(2 ** 70), True]:
    print(n, hex(n), oct(n), bin(n))
show("hex(3.0)", lambda: hex(3.0))
show("oct('7')", lambda: oct("7"))
show("bin(None)", lambda: bin(None))

class Idx:
    def __index__(self):
        return 42

class BadIdx:
    def __index__(self):
        return "no"

print(hex(Idx()), oct(Idx()), bin(Idx()), [10, 20, 30, 40][Idx() - 41], round(7, Idx()))
show("hex(BadIdx())", lambda: hex(BadIdx()))

class R:
    def __round__(self, n=None):
        return ("round", n)
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __abs__(self):
        return "abs"

print(round(R()), round(R(), 3), divmod(R(), 1), divmod(1, R()), abs(R()))
print(pow(2, 8), pow(2.0, 3), pow(-8, 1 / 3), pow(4, 0.5), pow(2, -2))
