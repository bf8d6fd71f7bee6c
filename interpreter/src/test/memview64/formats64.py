# memoryview's word-size dependent cases, as 64-bit CPython prints them: the formats
# 'l', 'L', 'n', 'N' and 'P' take 8 bytes, ssize_t bounds are 64-bit, any nonzero byte is a True '?'.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

data = bytes(range(1, 17)) + bytes([0xff] * 8) + bytes([0, 0, 0, 0, 0, 0, 0, 0x80])
for fmt in ["l", "L", "n", "N", "P", "@l", "@P"]:
    m = memoryview(data).cast(fmt)
    print(fmt, m.format, m.itemsize, m.shape, m.strides, m.nbytes, m.tolist())

class Idx:
    def __index__(self):
        return 5
    def __repr__(self):
        return "Idx()"

for fmt in "lLnNPqQ":
    m = memoryview(bytearray(16)).cast(fmt)
    print("put", fmt)
    for v in (-1, 2**63 - 1, -2**63, 2**63, 2**64 - 1, 2**64, -2**63 - 1, 1.5, True, Idx(), "1"):
        def put():
            m[1] = v
            return m[1], m.tobytes()[8:].hex()
        attempt("  " + repr(v), put)

m = memoryview(bytes(16))
attempt("cast l 2x1", lambda: m.cast("l", [2, 1]).tolist())
attempt("cast N 4", lambda: m.cast("N", [4]))
attempt("cast P 2D", lambda: m.cast("P", (1, 2)).strides)
attempt("l->B", lambda: m.cast("l").cast("B").nbytes)
attempt("l->i", lambda: m.cast("l").cast("i"))
attempt("l == q", lambda: m.cast("l") == m.cast("q"))
attempt("n == i", lambda: m.cast("n") == m.cast("i"))
attempt("L == Q", lambda: memoryview(b"\xff" * 8).cast("L") == memoryview(b"\xff" * 8).cast("Q"))
attempt("L == q", lambda: memoryview(b"\xff" * 8).cast("L") == memoryview(b"\xff" * 8).cast("q"))
attempt("shape big", lambda: m.cast("B", [2**63]))
attempt("shape product", lambda: m.cast("B", [2, 2**62]))
attempt("shape product ok", lambda: m.cast("B", [2**62, 1]))
attempt("index 2**40", lambda: m[2**40])
attempt("index -2**40", lambda: m[-2**40])
attempt("index 2**63", lambda: m[2**63])
attempt("2D index 2**40", lambda: m.cast("B", [4, 4])[0, 2**40])
attempt("bools", lambda: memoryview(bytes([0, 1, 2, 0x80, 0xff])).cast("?").tolist())
attempt("bools eq", lambda: memoryview(bytes([2])).cast("?") == memoryview(bytes([1])).cast("?"))
attempt("bool 2 == B 1", lambda: memoryview(bytes([2])).cast("?") == memoryview(bytes([1])))
