# bytes as a sequence: indexing gives ints, slicing, +, *, in, comparisons, iteration, hashing.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = b"hello world"
print(b[0], b[-1], b[1:5], b[::-1], b[::2], b[-3:], b[100:], b[2:2], b[::-3], b[1:-1:2])
show("b[11]", lambda: b[11])
show("b[-12]", lambda: b[-12])
show("b['a']", lambda: b["a"])
show("b[1.5]", lambda: b[1.5])
show("b[2**70]", lambda: b[2 ** 70])
show("b[::0]", lambda: b[::0])
print(b + b"!", b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -1, b + bytearray(b"?"), b + memoryview(b"m"))
show("b + 'x'", lambda: b + "x")
show("b + 1", lambda: b + 1)
show("b * 1.5", lambda: b * 1.5)
show("b * 'a'", lambda: b * "a")
show("b - b", lambda: b - b)
print(104 in b, b"wor" in b, b"" in b, bytearray(b"lo") in b, 0 in b, memoryview(b"he") in b)
show("256 in b", lambda: 256 in b)
show("-1 in b", lambda: -1 in b)
show("'h' in b", lambda: "h" in b)
show("None in b", lambda: None in b)
print(b"abc" < b"abd", b"abc" < b"ab", b"" < b"\x00", b"\xff" > b"\x7f", b"a" == b"a", b"a" == "a", b"a" != bytearray(b"a"),
      b"a" == bytearray(b"a"), bytearray(b"b") > b"a", b"a" == memoryview(b"a"))
show("b'a' < 'a'", lambda: b"a" < "a")
show("b'a' < 1", lambda: b"a" < 1)
print(list(b"abc"), [x for x in b"\x00\xff"], tuple(reversed(b"xyz")), sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
it = iter(b"ab")
print(type(it).__name__, next(it), it.__length_hint__(), next(it), next(it, "done"))
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""), {b"k": 1}[b"k"], len({b"a", b"a", bytes(b"a")}))
print(len(b), bool(b""), bool(b"\x00"), b.__len__(), b.__getitem__(0), b.__contains__(b"h"), b.__add__(b"."), b.__mul__(2))
print(b.__bytes__(), b.__getnewargs__(), b.__eq__("x"), b.__lt__(b"z"))
x = b"a"
x += b"b"
x *= 2
print(x)
