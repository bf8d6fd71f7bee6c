# bytearray(): construction forms and errors, repr, comparisons, subclasses.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("bytearray()", lambda: bytearray())
show("bytearray(3)", lambda: bytearray(3))
show("bytearray(-1)", lambda: bytearray(-1))
show("bytearray([1, 2, 3])", lambda: bytearray([1, 2, 3]))
show("bytearray([256])", lambda: bytearray([256]))
show("bytearray(['a'])", lambda: bytearray(["a"]))
show("bytearray(b'xy')", lambda: bytearray(b"xy"))
show("bytearray('x')", lambda: bytearray("x"))
show("bytearray('é', 'utf-8')", lambda: bytearray("é", "utf-8"))
show("bytearray('é', 'ascii', 'ignore')", lambda: bytearray("é", "ascii", "ignore"))
show("bytearray(1, 'utf-8')", lambda: bytearray(1, "utf-8"))
show("bytearray(b'x', errors='x')", lambda: bytearray(b"x", errors="x"))
show("bytearray(5.0)", lambda: bytearray(5.0))
show("bytearray(None)", lambda: bytearray(None))
show("bytearray(range(3))", lambda: bytearray(range(3)))
show("bytearray(memoryview(b'mv'))", lambda: bytearray(memoryview(b"mv")))
src = b"shared"
ba = bytearray(src)
ba[0] = 83
print(src, ba, bytearray(b"it's"), bytearray(b'"q"'), bytearray(b"\x00\xff"), str(bytearray(b"s")))
print(bytearray(b"a") == bytearray(b"a"), bytearray(b"a") < bytearray(b"b"), bytearray(b"a") == "a", bytearray(b"ab") >= b"ab")
show("bytearray(b'a') < 'a'", lambda: bytearray(b"a") < "a")
print(bytearray(b"abc")[1], bytearray(b"abc")[-1], bytearray(b"abcdef")[1:4], bytearray(b"abcdef")[::-2], list(bytearray(b"hi")))
show("bytearray(b'a')[5]", lambda: bytearray(b"a")[5])
show("bytearray(b'a')['x']", lambda: bytearray(b"a")["x"])
print(97 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), type(iter(bytearray())).__name__, bool(bytearray()), len(bytearray(7)))
init = bytearray(b"old")
init.__init__(b"new")
print(init)

class BA(bytearray):
    pass

s = BA(b"sub")
print(s, repr(s), type(s).__name__, type(s + b"!").__name__, type(s[:1]).__name__, type(s.copy()).__name__, s == b"sub")
s.append(33)
s.extra = 1
print(s, s.extra, isinstance(s, bytearray), bytearray.__name__, bytearray.__bases__)
