# find, rfind, index, rindex, count, startswith, endswith on bytes and bytearray.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in [b"abracadabra", bytearray(b"abracadabra")]:
    print(s.find(b"ab"), s.find(b"ab", 1), s.find(b"ab", 1, 8), s.find(b"ab", -4), s.find(b"zz"), s.find(b""), s.find(b"", 20),
          s.find(97), s.find(97, 1), s.find(b"a", 5, 2), s.find(bytearray(b"ra")), s.find(memoryview(b"c")))
    print(s.rfind(b"ab"), s.rfind(b"ab", 0, 8), s.rfind(b""), s.rfind(98), s.rfind(b"zz"), s.rfind(b"a", -3, -1))
    print(s.index(b"c"), s.rindex(b"a"), s.index(100), s.rindex(b"br", 0, 5))
    print(s.count(b"a"), s.count(b"abra"), s.count(b""), s.count(b"", 5), s.count(b"", 20), s.count(97), s.count(b"a", 3, -3),
          s.count(b"aa"))
    print(s.startswith(b"abr"), s.startswith(b"bra", 1), s.startswith((b"x", b"ab")), s.startswith(b""), s.startswith(b"a", 20),
          s.endswith(b"bra"), s.endswith(b"cad", 0, 7), s.endswith((b"q",)), s.endswith(b"", 11), s.endswith(bytearray(b"a")))
show("b'a'.index(b'z')", lambda: b"a".index(b"z"))
show("b'a'.rindex(b'z')", lambda: b"a".rindex(b"z"))
show("bytearray(b'a').index(b'z')", lambda: bytearray(b"a").index(b"z"))
show("b'a'.find('a')", lambda: b"a".find("a"))
show("b'a'.find(256)", lambda: b"a".find(256))
show("b'a'.count(-1)", lambda: b"a".count(-1))
show("b'a'.count(None)", lambda: b"a".count(None))
show("b'a'.startswith('a')", lambda: b"a".startswith("a"))
show("b'a'.endswith(97)", lambda: b"a".endswith(97))
show("b'a'.startswith((b'a', 'b'))", lambda: b"a".startswith((b"x", "b")))
show("b'a'.find(b'a', 'x')", lambda: b"a".find(b"a", "x"))
show("b'abc'.find(b'c', None, None)", lambda: b"abc".find(b"c", None, None))
show("b'a'.find()", lambda: b"a".find())
