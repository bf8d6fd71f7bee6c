# split, rsplit, splitlines, partition, rpartition.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

texts = ["", " ", "a", "  a b  c  ", "a,b,,c,", ",", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u2003m\u3000n",
         "one  two   three", "x😀y😀😀z"]
for t in texts:
    print(repr(t))
    print("  split()", t.split(), t.split(None, 1), t.split(maxsplit=2), t.split(None, 0), t.split(None, -5))
    print("  rsplit()", t.rsplit(), t.rsplit(None, 1), t.rsplit(maxsplit=2), t.rsplit(None, 0))
    print("  split(',')", t.split(","), t.split(",", 1), t.rsplit(",", 1), t.rsplit(",", 0))
    print("  split('😀')", t.split("😀"), t.rsplit("😀", 1), t.split(sep="  "))

lines = "first\nsecond\r\nthird\rfourth\x0bfifth\x0csixth\x1cseventh\x1deighth\x1eninth\x85tenth\u2028eleventh\u2029twelfth\n"
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.splitlines(keepends=1))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "a\r".splitlines(True), "a\r\n\r\n".splitlines())
print("no newline at all".splitlines(), "\x1f".splitlines())

for sep in ["=", "==", "x", "😀", "a=b=c"]:
    t = "a=b==c😀d"
    print(repr(sep), t.partition(sep), t.rpartition(sep))
print("k=v".partition("="), "=".partition("="), "==".rpartition("="))

class Line(str):
    pass
p = Line("abc").partition("x")
print([type(x).__name__ for x in p], [type(x).__name__ for x in Line("a b").split()])

show("split int", lambda: "a b".split(1))
show("split bytes", lambda: "a b".split(b" "))
show("split empty", lambda: "a b".split(""))
show("rsplit empty", lambda: "a b".rsplit(""))
show("maxsplit str", lambda: "a b".split(" ", "1"))
show("maxsplit float", lambda: "a b".split(maxsplit=1.0))
show("maxsplit huge", lambda: "a b".split(" ", 2**70))
show("split bad kw", lambda: "a b".split(separator=" "))
show("split too many", lambda: "a b".split(" ", 1, 2))
show("partition empty", lambda: "abc".partition(""))
show("rpartition empty", lambda: "abc".rpartition(""))
show("partition int", lambda: "abc".partition(1))
show("partition none", lambda: "abc".partition())
show("splitlines kw", lambda: "a\nb".splitlines(keepends=[]))
show("splitlines bad kw", lambda: "a\nb".splitlines(keep=True))
show("splitlines two", lambda: "a\nb".splitlines(True, False))
