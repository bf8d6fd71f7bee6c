# complex(): from numbers, strings, __complex__, and the errors of each form.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["1+2j", "  ( 1.5-2.5J )  ", "1e1_0j", "-j", "+1.5", "j", "+j", "1-j", "nanj", "-infj", "inf+nanj", "1e500j",
          "-1e500", "(1)", "1.5e-3+4e2j", "0x1", "", "1+", "1 + 2j", "1+2", "(1+2j", "1+2j)", "1_000+2_0j", "1__0j", "_1j",
          "1j_", "1e5e5", "(j)", " ( -0 - 0j ) ", "infinity-infinityj", "1.j", ".5j", "1+2jj", "١+٢j", "NaN+NaNj"]:
    show(repr(s), lambda: complex(s))
show("complex()", lambda: complex())
show("complex(1)", lambda: complex(1))
show("complex(1.5, -2)", lambda: complex(1.5, -2))
show("complex(1j, 1j)", lambda: complex(1j, 1j))
show("complex(1+2j, 3)", lambda: complex(1 + 2j, 3))
show("complex(2, 1+1j)", lambda: complex(2, 1 + 1j))
show("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
show("complex(imag=2)", lambda: complex(imag=2))
show("complex(True, False)", lambda: complex(True, False))
show("complex(2**2000)", lambda: complex(2 ** 2000))
show("complex(1, 2**2000)", lambda: complex(1, 2 ** 2000))
show("complex('1+2j', 1)", lambda: complex("1+2j", 1))
show("complex(1, 'x')", lambda: complex(1, "x"))
show("complex(None)", lambda: complex(None))
show("complex([])", lambda: complex([]))
show("complex(1, None)", lambda: complex(1, None))
show("complex(b'1')", lambda: complex(b"1"))
show("complex(1, 2, 3)", lambda: complex(1, 2, 3))
show("complex(x=1)", lambda: complex(x=1))
show("complex(-0.0, -0.0)", lambda: complex(-0.0, -0.0))
show("complex(0.0, -0.0)", lambda: complex(0.0, -0.0))
show("complex(float('nan'), float('inf'))", lambda: complex(float("nan"), float("inf")))

class C:
    def __complex__(self):
        return 3 + 4j

class BadC:
    def __complex__(self):
        return 5

class Fl:
    def __float__(self):
        return 1.5

class Ix:
    def __index__(self):
        return 7

show("complex(C())", lambda: complex(C()))
show("complex(C(), 1)", lambda: complex(C(), 1))
show("complex(BadC())", lambda: complex(BadC()))
show("complex(Fl())", lambda: complex(Fl()))
show("complex(Fl(), Fl())", lambda: complex(Fl(), Fl()))
show("complex(Ix(), Ix())", lambda: complex(Ix(), Ix()))

class MyC(complex):
    pass

m = MyC(1, 2)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, type(complex(m)).__name__, m == 1 + 2j, MyC("3j"))
z = 1 + 2j
print(complex(z) is z, type(z).__name__, z.__class__.__name__, complex.__name__, complex.__bases__)
