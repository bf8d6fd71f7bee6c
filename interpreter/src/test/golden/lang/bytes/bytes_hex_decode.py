# hex, fromhex and decode (utf-8, ascii, latin-1 with error handlers) of bytes and bytearray.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in [b"abc", b"", b"\x00\xff\x10", bytearray(b"hi!")]:
    print(s.hex(), s.hex(":"), s.hex("-", 2), s.hex(b"_", -2), s.hex(" ", 1), s.hex(sep="|", bytes_per_sep=3))
print(b"abcdef".hex(":", 2), b"abcdef".hex(":", -2), b"abcde".hex(b"-", 2), b"abcde".hex("-", -2), b"ab".hex(":", 0))
show("hex('::')", lambda: b"abc".hex("::"))
show("hex(1)", lambda: b"abc".hex(1))
show("hex('é')", lambda: b"abc".hex("\xe9"))
for t in ["de ad be ef", " 00ff ", "", "ABcd", "a", "ab c", "abx", "a b", "zz", "0 1", "\tab\ncd\x0b"]:
    show(repr(t), lambda: bytes.fromhex(t))
show("fromhex(b'ab')", lambda: bytes.fromhex(b"ab"))
show("bytearray.fromhex('ff 00')", lambda: bytearray.fromhex("ff 00"))

class B(bytes):
    pass

print(type(B.fromhex("41")).__name__, B.fromhex("41"))
samples = [b"plain", b"caf\xc3\xa9", b"\xe2\x82\xac\xf0\x9f\x98\x80", b"\xff", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xed\xa0\x80x",
           b"\xf4\x90\x80\x80", b"\xf0\x9f\x98", b"\xc0\x80", b"a\x80b", b"\xe0\x80\x80", b"\xf0\x80\x80\x80", b"\xe2\x82\xac\xe2"]
for s in samples:
    show(repr(s) + " utf-8", lambda: s.decode())
    print("  ", [s.decode("utf-8", h) for h in ("replace", "ignore", "backslashreplace", "surrogateescape")])
    show("   ascii", lambda: s.decode("ascii"))
    print("  ", [s.decode("ascii", h) for h in ("replace", "ignore", "backslashreplace")], ascii(s.decode("latin-1")))
show("decode('foo')", lambda: b"x".decode("foo"))
show("decode error handler foo", lambda: b"\xff".decode("utf-8", "foo"))
show("decode ok with handler foo", lambda: b"x".decode("utf-8", "foo"))
show("decode(encoding='UTF8')", lambda: b"\xc3\xa9".decode(encoding="UTF8"))
show("decode('Latin_1')", lambda: b"\xe9".decode("Latin_1"))
show("decode('us-ascii')", lambda: b"ok".decode("us-ascii"))
show("decode(1)", lambda: b"x".decode(1))
show("bytearray decode", lambda: bytearray(b"caf\xc3\xa9").decode())
try:
    b"ab\xffcd".decode()
except UnicodeDecodeError as e:
    print(e.args, e.encoding if hasattr(e, "encoding") else "", str(e))
try:
    bytes("aé€", "ascii")
except UnicodeEncodeError as e:
    print(e.args, str(e))
print(bytes("é€😀", "utf-8"), bytes("é", "latin-1"), bytes("é€", "ascii", "replace"), bytes("é", "ascii", "backslashreplace"))
