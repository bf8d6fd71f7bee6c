# int.to_bytes and int.from_bytes: byte orders, signed values, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n, length, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (255, 1, "big", False),
                                 (-1, 1, "big", True), (-1, 4, "little", True), (-128, 1, "big", True),
                                 (127, 1, "big", True), (0, 0, "big", False), (0, 3, "big", True),
                                 (2 ** 64, 9, "big", False), (-(2 ** 63), 8, "big", True), (2 ** 63, 9, "little", True),
                                 (65535, 2, "big", False)]:
    show((n, length, order, signed), lambda: n.to_bytes(length, order, signed=signed))
show("(5).to_bytes()", lambda: (5).to_bytes())
show("(5).to_bytes(2)", lambda: (5).to_bytes(2))
show("to_bytes(length=3, byteorder='little')", lambda: (1).to_bytes(length=3, byteorder="little"))
show("(1024).to_bytes(1)", lambda: (1024).to_bytes(1))
show("(-1).to_bytes(1)", lambda: (-1).to_bytes(1, "big"))
show("(-129).to_bytes(1, signed)", lambda: (-129).to_bytes(1, "big", signed=True))
show("(128).to_bytes(1, signed)", lambda: (128).to_bytes(1, "big", signed=True))
show("(1).to_bytes(-1)", lambda: (1).to_bytes(-1, "big"))
show("(1).to_bytes(1, 'middle')", lambda: (1).to_bytes(1, "middle"))
show("(1).to_bytes(1, 'big', True)", lambda: (1).to_bytes(1, "big", True))
for data, order, signed in [(b"\x04\x00", "big", False), (b"\x04\x00", "little", False), (b"\xff\xfe", "big", True),
                            (b"\xff", "big", False), (b"\xff", "big", True), (b"", "big", True), (b"\x00\x80", "little", True),
                            (bytearray(b"\x01\x02"), "big", False), ([1, 2], "little", False), ((0, 0, 1), "big", False),
                            (b"\x80" + b"\x00" * 15, "big", True)]:
    show((data, order, signed), lambda: int.from_bytes(data, order, signed=signed))
show("from_bytes(b'\\xff\\xfe', signed=True)", lambda: int.from_bytes(b"\xff\xfe", signed=True))
show("from_bytes('ab')", lambda: int.from_bytes("ab", "big"))
show("from_bytes(b'', 'bigg')", lambda: int.from_bytes(b"\x00", "bigg"))
show("from_bytes([256])", lambda: int.from_bytes([256]))
show("from_bytes(5)", lambda: int.from_bytes(5))
show("bool.from_bytes(b'\\x01')", lambda: bool.from_bytes(b"\x01"))
show("bool.from_bytes(b'\\x00')", lambda: bool.from_bytes(b"\x00"))

class MyInt(int):
    pass

r = MyInt.from_bytes(b"\x01\x00")
print(type(r).__name__, r)
for n in [0, 1, 255, 256, -1, -256, 2 ** 100 - 1, -(2 ** 100)]:
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, "little", signed=True)
    print(n, b.hex(), int.from_bytes(b, "little", signed=True) == n)
