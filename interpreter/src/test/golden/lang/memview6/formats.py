# Every size-independent native format: items as struct unpacks them, writes with struct's ranges.
def attempt(f):
    try:
        r = f()
        print(" ", repr(r))
    except Exception as e:
        print(" ", type(e).__name__, e)

data = bytes(range(1, 17)) + bytes([0x80, 0xff, 0x7f, 0x00, 0xfe, 0xff, 0xff, 0xff])
for fmt in ["b", "B", "h", "H", "i", "I", "q", "Q", "c", "@B", "@h", "@q"]:
    m = memoryview(data).cast(fmt)
    print(fmt, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, len(m))
    print("  tolist", m.tolist())
    print("  first/last", m[0], m[-1], list(m)[:3])

# bools are bytes 0 and 1 (64-bit CPython reads any other nonzero byte as True)
m = memoryview(bytes([0, 1, 1, 0])).cast("?")
print("?", m.format, m.itemsize, m.tolist(), m[1], m[-1], list(m))

# signed and unsigned views of the same bytes
raw = bytearray(b"\xff\xfe\x00\x80\x01\x02\x03\x04")
for fmt in "bBhHiIqQ":
    print(fmt, memoryview(raw).cast(fmt).tolist())

# assignment: ranges and types per format
def put(fmt, value, size=8):
    m = memoryview(bytearray(size)).cast(fmt)
    m[0] = value
    return m[0], bytes(m.cast("B"))

for fmt, values in [
    ("b", [-128, 127, -129, 128, 5.0, "1", True]),
    ("B", [0, 255, -1, 256, 3.5, None, False]),
    ("h", [-32768, 32767, -32769, 32768]),
    ("H", [0, 65535, -1, 65536]),
    ("i", [-2**31, 2**31 - 1, -2**31 - 1, 2**31]),
    ("I", [0, 2**32 - 1, -1, 2**32]),
    ("q", [-2**63, 2**63 - 1, -2**63 - 1, 2**63, 2**100]),
    ("Q", [0, 2**64 - 1, -1, 2**64, 2**63]),
    ("c", [b"x", b"", b"xy", bytearray(b"x"), 120, "x"]),
    ("?", [0, 1, 2, [], [0], "", None, 0.0]),
]:
    print("put", fmt)
    for v in values:
        attempt(lambda: put(fmt, v))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print("index objects")
attempt(lambda: put("B", Idx(7)))
attempt(lambda: put("h", Idx(-7)))
attempt(lambda: put("B", Idx(700)))

class BadIndex:
    def __index__(self):
        raise KeyError("nope")

attempt(lambda: put("i", BadIndex()))

class BadBool:
    def __bool__(self):
        raise RuntimeError("no truth")

attempt(lambda: put("?", BadBool()))

# a bytes subclass of length 1 is a 'c' item
class B(bytes):
    pass

attempt(lambda: put("c", B(b"z")))
