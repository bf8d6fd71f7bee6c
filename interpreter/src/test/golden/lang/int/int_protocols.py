# int() of other objects: __int__, __index__, __trunc__ (3.13: __trunc__ still used), floats, bad results.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class I:
    def __int__(self):
        return 7

class X:
    def __index__(self):
        return 8

class T:
    def __trunc__(self):
        return 9

class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2

class BadInt:
    def __int__(self):
        return "x"

class SubInt(int):
    pass

class RetSub:
    def __int__(self):
        return SubInt(5)

class BoolInt:
    def __int__(self):
        return True

show("int(I())", lambda: int(I()))
show("int(X())", lambda: int(X()))
show("int(Both())", lambda: int(Both()))
show("int(BadInt())", lambda: int(BadInt()))
show("float(X())", lambda: float(X()))
show("float(I())", lambda: float(I()))
show("complex(X())", lambda: complex(X()))
show("[1, 2, 3][X() - 7]", lambda: [1, 2, 3][X() - 7])
show("range(X())[-1]", lambda: range(X())[-1])
show("'ab' * X()", lambda: "ab" * X())
show("int(2.9)", lambda: int(2.9))
show("int(-2.9)", lambda: int(-2.9))
show("int(1e20)", lambda: int(1e20))
show("int(2.5e20)", lambda: int(2.5e20))
show("int(-1e300) < 0", lambda: int(-1e300) < 0)
show("int(float('nan'))", lambda: int(float("nan")))
show("int(float('inf'))", lambda: int(float("inf")))
show("int(float('-inf'))", lambda: int(float("-inf")))
show("int(True)", lambda: int(True))
show("type(int(True))", lambda: type(int(True)).__name__)
show("int(SubInt(4))", lambda: int(SubInt(4)))
show("type(int(SubInt(4)))", lambda: type(int(SubInt(4))).__name__)
show("int(object())", lambda: int(object()))
show("int(b'12')", lambda: int(b"12"))
show("int(memoryview(b'34'))", lambda: int(memoryview(b"34")))

class MyInt(int):
    def __repr__(self):
        return "MyInt(" + super().__repr__() + ")"

m = MyInt(12)
print(m, repr(m), m + 1, type(m + 1).__name__, -m, type(-m).__name__, m * 2, abs(MyInt(-3)), type(abs(MyInt(-3))).__name__)
print(MyInt("ff", 16), MyInt(), isinstance(m, int), m == 12, hash(m) == hash(12), m.real, type(m.real).__name__)
print(+m, type(+m).__name__, m.conjugate(), type(m.conjugate()).__name__, m.bit_length(), m.to_bytes(1, "big"))
m.attr = "x"
print(m.attr, m.__dict__)
print(int.__add__(m, 1), int(m) + 1, str(MyInt(5)), f"{MyInt(5)}")
