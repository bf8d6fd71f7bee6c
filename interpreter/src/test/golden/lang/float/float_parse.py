# float() from text and other objects: spellings CPython accepts, underscores, Unicode digits, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["1_000.5", "1__0", "_1", "1_", "1e1_0", "1_e10", "1._5", " \t 1.5e3 \n", "infinity", "-iNF", "nan", "+nan", "-nan",
          "infinit", "", ".", ".5", "5.", "1e", "1e+", "1e-5", "1E5", "0x10", "١٫٥", "١.٥", "\u20031.5\u2003", "1.5x", "1,5",
          "00012.50", "-0", "+0.0", "1e400", "-1e-400", "2.2250738585072011e-308", "4.9e-324", "2.4703282292062327e-324",
          "2.4703282292062328e-324", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093429626432e-1", "0.1" + "0" * 500 + "1", "9" * 400, "1" + "0" * 308, "1" + "0" * 309,
          "x" * 40]:
    show(repr(s)[:40], lambda: float(s))
show("float(b'1.5')", lambda: float(b"1.5"))
show("float(bytearray(b' 2.5 '))", lambda: float(bytearray(b" 2.5 ")))
show("float(b'x')", lambda: float(b"x"))
show("float(bytearray(b'x'))", lambda: float(bytearray(b"x")))
show("float(2**1024)", lambda: float(2 ** 1024))
show("float(2**1024 - 2**970)", lambda: float(2 ** 1024 - 2 ** 970))
show("float(2**1024 - 2**971)", lambda: float(2 ** 1024 - 2 ** 971))
show("float(2**53 + 1)", lambda: float(2 ** 53 + 1))
show("float(2**53 + 3)", lambda: float(2 ** 53 + 3))
show("float(-(2**63))", lambda: float(-(2 ** 63)))
show("float(None)", lambda: float(None))
show("float([])", lambda: float([]))
show("float(1j)", lambda: float(1j))
show("float(x=1)", lambda: float(x=1))
show("float(1, 2)", lambda: float(1, 2))
show("float()", lambda: float())
show("float(True)", lambda: float(True))

class HasFloat:
    def __float__(self):
        return 2.5

class HasIndex:
    def __index__(self):
        return 3

class BadFloat:
    def __float__(self):
        return "x"

show("float(HasFloat())", lambda: float(HasFloat()))
show("float(HasIndex())", lambda: float(HasIndex()))
show("float(BadFloat())", lambda: float(BadFloat()))

class F(float):
    def __repr__(self):
        return "F(" + super().__repr__() + ")"

f = F("1.25")
print(f, repr(f), f + 1, type(f + 1).__name__, -f, type(-f).__name__, F(), F(3), abs(F(-2.0)), isinstance(f, float))
f.tag = 1
print(f.tag, float(f), type(float(f)).__name__, f.real, type(f.real).__name__, f.is_integer(), f.hex())
