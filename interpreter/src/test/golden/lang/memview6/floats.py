# Float formats 'f', 'd' and the IEEE half 'e': values print as CPython's float repr does.
inf = float("inf")
nan = float("nan")

def attempt(f):
    try:
        print(" ", repr(f()))
    except Exception as e:
        print(" ", type(e).__name__, e)

def store(fmt, value):
    m = memoryview(bytearray(8)).cast(fmt)
    m[0] = value
    return m[0]

values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2.5, 1e10, 1e-10, 3.4028234663852886e38,
          3.4028235677973366e38, 3.4028236e38, 1e39, -1e300, 1.401298464324817e-45,
          7e-46, 7.1e-46, 1e-50, inf, -inf, nan, 65504.0, 65519.99,
          65520.0, 5.960464477539063e-08, 2.9802322387695312e-08, 2.9802322387695315e-08,
          8.940696716308594e-08, 6.103515625e-05, 6.1e-05, 1.0009765625, 1.00048828125,
          1.00146484375, 2048.5, 2049.0, 4095.0, 0.333251953125, 7, True, 2**200]
for fmt in "fde":
    print("format", fmt)
    for v in values:
        attempt(lambda: store(fmt, v))

print("errors")
for fmt in "fde":
    for v in ["1.0", None, 1j, 2**2000, [1.0]]:
        attempt(lambda: store(fmt, v))

class F:
    def __float__(self):
        return 2.75

class I:
    def __index__(self):
        return 3

class Bad:
    def __float__(self):
        raise ZeroDivisionError("inside __float__")

for fmt in "fde":
    attempt(lambda: store(fmt, F()))
    attempt(lambda: store(fmt, I()))
    attempt(lambda: store(fmt, Bad()))

# the bytes behind the floats
for fmt in "fde":
    m = memoryview(bytearray(16)).cast(fmt)
    m[0] = 1.0
    m[1] = -2.0
    print(fmt, m.tolist(), m.tobytes().hex(), m.hex(":"))

# every half: reading all 65536 bit patterns and writing them back is the identity for non-NaNs
h = memoryview(bytes(x for i in range(65536) for x in (i & 255, i >> 8))).cast("H")
e = memoryview(bytearray(h.tobytes())).cast("e")
vals = e.tolist()
print(len(vals), sum(1 for v in vals if v != v), sum(1 for v in vals if v in (inf, -inf)))
back = memoryview(bytearray(len(e) * 2)).cast("e")
for i, v in enumerate(vals):
    back[i] = v
hb = back.tobytes()
eb = e.tobytes()
same = sum(1 for i in range(len(vals)) if vals[i] == vals[i] and hb[2 * i:2 * i + 2] == eb[2 * i:2 * i + 2])
print("round trips", same)
print(max(v for v in vals if v == v and v != inf), min(v for v in vals if v > 0))
print(vals[1], vals[0x3c00], vals[0x3555], vals[0x7bff], vals[0x0400], vals[0x03ff])

# floats compare as numbers across formats, NaN never equal
a = memoryview(bytearray(8)).cast("f")
b = memoryview(bytearray(16)).cast("d")
a[0], a[1] = 0.5, 0.25
b[0], b[1] = 0.5, 0.25
print(a == b, a.tolist() == b.tolist())
a[0] = nan
print(a == a, a == a.toreadonly())
x = memoryview(bytearray(4)).cast("e")
x[0] = 1.5
print(x == memoryview(bytearray(8)).cast("f"), x.tolist())
