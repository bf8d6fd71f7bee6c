# bytes(): from ints, iterables, strings with encodings, buffers and __bytes__; literals and repr.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("bytes()", lambda: bytes())
show("bytes(3)", lambda: bytes(3))
show("bytes(0)", lambda: bytes(0))
show("bytes(-1)", lambda: bytes(-1))
show("bytes([1, 2, 255])", lambda: bytes([1, 2, 255]))
show("bytes((65, 66))", lambda: bytes((65, 66)))
show("bytes(range(5))", lambda: bytes(range(5)))
show("bytes(map(int, [7, 8]))", lambda: bytes(map(int, [7, 8])))
show("bytes([300])", lambda: bytes([300]))
show("bytes([-1])", lambda: bytes([-1]))
show("bytes(['a'])", lambda: bytes(["a"]))
show("bytes(range(254, 257))", lambda: bytes(range(254, 257)))
show("bytes('abc')", lambda: bytes("abc"))
show("bytes('é', 'utf-8')", lambda: bytes("é", "utf-8"))
show("bytes('é', 'latin-1')", lambda: bytes("é", "latin-1"))
show("bytes('é', 'ascii')", lambda: bytes("é", "ascii"))
show("bytes('é', 'ascii', 'replace')", lambda: bytes("é", "ascii", "replace"))
show("bytes('é', encoding='ascii', errors='ignore')", lambda: bytes("é", encoding="ascii", errors="ignore"))
show("bytes('x', 'nope')", lambda: bytes("x", "nope"))
show("bytes(1, 'utf-8')", lambda: bytes(1, "utf-8"))
show("bytes(b'x', errors='strict')", lambda: bytes(b"x", errors="strict"))
show("bytes('x', errors='strict')", lambda: bytes("x", errors="strict"))
show("bytes(encoding='utf-8')", lambda: bytes(encoding="utf-8"))
show("bytes(3.0)", lambda: bytes(3.0))
show("bytes(None)", lambda: bytes(None))
show("bytes(bytearray(b'ab'))", lambda: bytes(bytearray(b"ab")))
show("bytes(memoryview(b'cd'))", lambda: bytes(memoryview(b"cd")))
show("bytes(b'x', 'utf-8')", lambda: bytes(b"x", "utf-8"))
show("bytes(1, 2, 3, 4)", lambda: bytes(1, 2, 3, 4))

class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"

class BadBytes:
    def __bytes__(self):
        return "str"

class Idx:
    def __index__(self):
        return 2

show("bytes(HasBytes())", lambda: bytes(HasBytes()))
show("bytes(BadBytes())", lambda: bytes(BadBytes()))
show("bytes(Idx())", lambda: bytes(Idx()))
show("bytes([Idx()])", lambda: bytes([Idx()]))
print(b"", b"abc", b'it\'s', b"say \"hi\"", b"both ' and \"", b"\x00\x7f\x80\xff", b"\t\n\r\\", b"\x0b\x0c")
print(repr(b"'"), repr(b'"'), repr(b"'\""), str(b"abc"), f"{b'xy'}", [b"a"], bytes(range(30, 40)))

class B(bytes):
    pass

x = B(b"sub")
print(type(x).__name__, x, x + b"!", type(x + b"!").__name__, type(x[:1]).__name__, B(3), B([65]), type(bytes(x)).__name__)
print(len(b"abc"), len(bytes(300)), bytes.__name__, bytes.__bases__)
