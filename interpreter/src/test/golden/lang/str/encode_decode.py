# str.encode and str(bytes, encoding, errors): codecs, aliases, error handlers, error objects.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

text = "Grüße, 世界 😀"
for enc in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "latin1", "ISO-8859-1", "iso8859_1", "l1", "ascii",
            "US-ASCII", "646", "cp65001", "bogus"]:
    show(enc, lambda: text.encode(enc))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "bogus"]:
    show("ascii " + errors, lambda: text.encode("ascii", errors))
    show("latin-1 " + errors, lambda: text.encode("latin-1", errors=errors))
print("abc".encode("ascii", "bogus"), "".encode(), "😀".encode(encoding="utf-8"))
show("lone surrogate", lambda: "a\ud800b".encode())
show("lone surrogate replace", lambda: "a\ud800b".encode("utf-8", "replace"))
show("lone surrogate pass", lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
show("surrogateescape", lambda: "a\udcffb".encode("utf-8", "surrogateescape"))
show("encode int", lambda: "a".encode(1))
show("errors int", lambda: "a".encode("utf-8", 1))
show("encode none", lambda: "a".encode(None))
show("encode three", lambda: "a".encode("utf-8", "strict", 1))
show("encode bad kw", lambda: "a".encode(codec="utf-8"))
show("encode nul", lambda: "a".encode("utf-8\0"))

data = "Grüße 😀".encode()
print(data, str(data, "utf-8"), str(data, "latin-1"), str(data, encoding="ascii", errors="replace"))
bad = [b"ab\xffcd", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98", b"\xf0\x28\x8c\x28",
       b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\x80\x81", b"ok"]
for b in bad:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
        show(repr(b) + " " + errors, lambda: ascii(str(b, "utf-8", errors)))
show("ascii high", lambda: str(b"a\x80\xffb", "ascii"))
show("ascii high replace", lambda: str(b"a\x80\xffb", "ascii", "replace"))
show("ascii bad handler", lambda: str(b"a\x80b", "ascii", "bogus"))
show("ascii bad handler clean", lambda: str(b"ab", "ascii", "bogus"))
show("unknown", lambda: str(b"ab", "bogus"))
show("decode str", lambda: str("ab", "utf-8"))
show("decode int", lambda: str(5, "utf-8"))
show("encoding int", lambda: str(b"a", 5))
show("errors int", lambda: str(b"a", "utf-8", 5))
show("errors only", lambda: str(b"a\xff", errors="ignore"))
show("object kw", lambda: str(object=b"x", encoding="ascii"))
show("too many", lambda: str(b"a", "utf-8", "strict", 1))

try:
    "x€y".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
try:
    "€€€".encode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e, e.start, e.end)
try:
    str(b"ab\xe2\x82", "utf-8")
except ValueError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)

print(str(b"\xe4\xbd\xa0\xe5\xa5\xbd", "utf-8"))
print(str(b"caf\xe9", "utf-8"))
