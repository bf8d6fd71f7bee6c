# bool: arithmetic turns into int, bitwise stays bool, repr and str, conversions.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t, f = True, False
print(t + t, t - t, t * 5, t / 2, t // 1, t % 1, t ** 3, -t, +t, abs(f), t << 3, t >> 1)
print(t & t, t | f, t ^ t, f ^ f, t & 1, f | 2, t ^ 3)
print(type(t + t).__name__, type(t & t).__name__, type(t & 1).__name__, type(-t).__name__, type(+t).__name__)
print(repr(t), str(f), f"{t}", [t, f], (t,), {t: f})
print(t == 1, f == 0, t == 1.0, t is True, t > f, sorted([t, f, t]), max(f, t), min(t, f))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0j), bool(1j), bool(""), bool("0"), bool([]), bool([0]))
print(bool(), bool(None), bool(float("nan")), bool(b""), bool(b"\x00"), bool(bytearray()), bool(range(0)))
print(int(t), float(f), complex(t), str(t), t.real, t.imag, t.numerator, t.denominator, t.bit_length())
print(divmod(t, t), pow(t, 5), round(t), hash(t), hash(f), t.conjugate(), (t).to_bytes(1, "big"))
show("bool(x=1)", lambda: bool(x=1))
show("bool(1, 2)", lambda: bool(1, 2))
show("True / False", lambda: t / f)
show("True // False", lambda: t // f)
show("True % False", lambda: t % f)

class B(bool if False else int):
    pass

show("class X(bool)", lambda: type("X", (bool,), {}))

class Truthy:
    def __bool__(self):
        return True

class Lengthy:
    def __len__(self):
        return 0

class BadBool:
    def __bool__(self):
        return 1

print(bool(Truthy()), bool(Lengthy()), not Lengthy())
show("bool(BadBool())", lambda: bool(BadBool()))
print(sum([True, True, False, True]), t * "ab", [0] * t)
