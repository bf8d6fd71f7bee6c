# Case mapping, character classes, padding, stripping, replace, join, translate on bytes and bytearray.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in [b"hello World 42", b"\xe9t\xe9 ABC", b"", b"  mixed_Case-words  ", bytearray(b"Title Case Here")]:
    print(s.lower(), s.upper(), s.swapcase(), s.capitalize(), s.title())
    print(s.isalnum(), s.isalpha(), s.isdigit(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t\n\x0b\x0c\r".isspace(), b"Ab Cd".istitle(), b"AB".istitle(),
      b"aB".istitle(), b"1A".istitle(), b"ABC1".isupper(), b"123".isupper(), b"\x80".isascii(), b"they're bill's".title())
for s in [b"abc", bytearray(b"abc"), b""]:
    print(s.center(9), s.center(8, b"*"), s.ljust(6, b"-"), s.rjust(6, bytearray(b".")), s.zfill(6), s.center(2), s.ljust(-1))
print(b"-42".zfill(6), b"+7".zfill(4), b"-".zfill(3), b"abc".zfill(2), b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(4),
      b"ab\n\tc\r\td".expandtabs(3), b"\t".expandtabs(0), b"x\ty".expandtabs(tabsize=2))
show("b'a'.center(5, 'x')", lambda: b"a".center(5, "x"))
show("b'a'.center(5, b'xy')", lambda: b"a".center(5, b"xy"))
show("b'a'.ljust('5')", lambda: b"a".ljust("5"))
for s in [b"  \t spaced \n ", bytearray(b"xxhixx"), b"abcba"]:
    print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b"x"), s.strip(b"ab"), s.lstrip(bytearray(b"a ")), s.rstrip(None))
show("b'a'.strip('a')", lambda: b"a".strip("a"))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"bc", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2),
      b"abc".replace(b"x", b"y"), b"aXbXc".replace(b"X", b""), bytearray(b"abab").replace(b"ab", b"c"), b"".replace(b"", b"z"))
show("b'a'.replace('a', 'b')", lambda: b"a".replace("a", "b"))
print(b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), bytearray(b"-").join((b"x", b"y")), b"".join(iter([b"i", b"t"])))
show("b''.join(['a'])", lambda: b"".join(["a"]))
show("b''.join([b'a', 1])", lambda: b"".join([b"a", 1]))
show("b''.join(5)", lambda: b"".join(5))
print(b"prefix-body".removeprefix(b"prefix-"), b"body".removeprefix(b"x"), b"name.py".removesuffix(b".py"), b"a".removesuffix(b""),
      bytearray(b"abc").removeprefix(b"a"))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(table, b"de"), b"abc".translate(None, b"b"),
      bytearray(b"cab").translate(table), b"hello".translate(None), bytearray.maketrans(b"a", b"b")[97])
show("maketrans(b'ab', b'c')", lambda: bytes.maketrans(b"ab", b"c"))
show("translate(b'short')", lambda: b"abc".translate(b"short"))
show("translate(table, delete='x')", lambda: b"abc".translate(table, "x"))
print(type(bytearray(b"a").upper()).__name__, type(bytearray(b"a").strip()).__name__, type(b"a".upper()).__name__)
