# split, rsplit, splitlines, partition, rpartition of bytes and bytearray.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in [b"  a b\tc\n d  ", b"a,b,,c,", b"", b"   ", bytearray(b"x y z")]:
    print(s.split(), s.split(None, 1), s.rsplit(), s.rsplit(None, 1), s.split(b","), s.split(b",", 2), s.rsplit(b",", 1),
          s.split(maxsplit=0), s.rsplit(maxsplit=0))
print(b"a--b--c".split(b"--"), b"a--b--c".rsplit(b"--", 1), b"aaa".split(b"a"), b"abc".split(b"abc"), b"abc".split(sep=b"b"))
show("b'a'.split(b'')", lambda: b"a".split(b""))
show("b'a'.split('a')", lambda: b"a".split("a"))
show("b'a'.split(1)", lambda: b"a".split(1))
show("b'a'.rsplit(b'', 1)", lambda: b"a".rsplit(b"", 1))
for s in [b"one\ntwo\r\nthree\rfour\n", b"", b"\n\n", b"no newline", b"a\x0bb\x0cc\x1cd", bytearray(b"x\ny")]:
    print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
for s in [b"key=value=more", b"novalue", bytearray(b"a=b")]:
    print(s.partition(b"="), s.rpartition(b"="), s.partition(b"zz"), s.rpartition(b"zz"))
show("b'a'.partition(b'')", lambda: b"a".partition(b""))
show("b'a'.partition('=')", lambda: b"a".partition("="))
print([type(x).__name__ for x in bytearray(b"a b").split()], type(bytearray(b"a=b").partition(b"=")[1]).__name__)
