# int() from text: bases, prefixes, underscores, whitespace, signs, Unicode digits, bytes.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for text, base in [("42", 10), ("  -42  ", 10), ("+7", 10), ("1_000_000", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
                   ("0XfF", 0), ("0o17", 0), ("0b101", 0), ("-0b101", 0), ("0x_1f", 0), ("0_0", 0), ("000", 0), ("17", 0),
                   ("z", 36), ("Z", 36), ("10", 2), ("777", 8), ("0o777", 8), ("0b1", 2), ("\t\n 12 \r\x0c", 10),
                   ("١٢٣", 10), ("٣_٤", 10), ("１２", 10), ("12", 3), ("zz", 36), ("-0", 10), ("0x1_2_3", 16)]:
    show(repr(text) + " base " + str(base), lambda: int(text, base))
for text in ["", " ", "+", "-", "1__0", "_1", "1_", "0x", "0b2", "010", "1.5", "1e5", "12a", "0x1g", "- 1", "1 2", "0_x1",
             "abc" * 100]:
    show(repr(text)[:30], lambda: int(text, 0 if text in ("010", "0b2") else 10))
show("int('z', 37)", lambda: int("z", 37))
show("int('1', 1)", lambda: int("1", 1))
show("int('1', -1)", lambda: int("1", -1))
show("int('9', 8)", lambda: int("9", 8))
show("int('0x10', 10)", lambda: int("0x10", 10))
show("int('0b11', 16)", lambda: int("0b11", 16))
show("int(b'42')", lambda: int(b"42"))
show("int(bytearray(b' 42 '))", lambda: int(bytearray(b" 42 ")))
show("int(b'ff', 16)", lambda: int(b"ff", 16))
show("int(b'4x')", lambda: int(b"4x"))
show("int(bytearray(b'4x'))", lambda: int(bytearray(b"4x")))
show("int(b'x' * 300)", lambda: int(b"x" * 300))
show("int('42', base=5.0)", lambda: int("42", base=5.0))
show("int(5, 10)", lambda: int(5, 10))
show("int(base=10)", lambda: int(base=10))
show("int(x='5')", lambda: int(x="5"))
show("int('5', 10, 2)", lambda: int("5", 10, 2))
show("int('10', base=16)", lambda: int("10", base=16))
show("int()", lambda: int())
show("int(None)", lambda: int(None))
show("int([1])", lambda: int([1]))
show("int(1j)", lambda: int(1j))
