# float.hex and float.fromhex, round trips and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [1.5, 0.0, -0.0, 1e-320, 5e-324, 1.7976931348623157e308, 0.1, -2.5, float("inf"), float("-inf"), float("nan"),
          1.0, 3.0, 2.2250738585072014e-308, 2.225073858507201e-308, 123456.789, -1e-10]:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, repr(back), back == x or back != back)
for s in ["0x1.8p1", "1.8p1", "0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1.8p-1074", "inf", "-Infinity",
          " nan ", "0x1p1024", "0x.8", "0x1.", "x1", "0x", "0x1p", "1e3", "  -0x1.fffffffffffffp+1023  ", "0x1.fffffffffffff8p+1023",
          "0x3.p0", "0x1_0p0", "+0x10", "0x1.000000000000080000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "0xAbC.dEfp-12", "1", "0x0p100000000000", "0x1p-100000000000", "", "   ", "0x1pp1", "-", "0x-1", "0x1 2"]:
    show(repr(s), lambda: float.fromhex(s))
show("float.fromhex(5)", lambda: float.fromhex(5))
show("float.fromhex(b'1')", lambda: float.fromhex(b"1"))
show("(1.0).fromhex('0x2p0')", lambda: (1.0).fromhex("0x2p0"))
show("float.hex(1)", lambda: float.hex(1))

class F(float):
    pass

v = F.fromhex("0x1.4p3")
print(type(v).__name__, v, F(2.5).hex())
