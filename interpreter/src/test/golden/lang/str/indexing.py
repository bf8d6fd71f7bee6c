# Indexing, slicing, len and iteration by code point, with characters outside the BMP.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

plain = "abcdefghij"
wide = "a😀b𝔘c🎉d"
for s in [plain, wide, "", "😀", "\ud83d", "\ude00x"]:
    print(ascii(s), len(s), [ascii(c) for c in s], ascii(s[::-1]))
for s in [plain, wide]:
    n = len(s)
    print([ascii(s[i]) for i in range(-n, n)])
    for sl in [slice(None), slice(1, 4), slice(-3, None), slice(None, None, 2), slice(None, None, -2),
               slice(5, 1, -1), slice(-100, 100), slice(100, None), slice(1, 6, 3), slice(6, 0, -3),
               slice(None, None, 7), slice(2, 2), slice(4, 2)]:
        print("  ", sl.start, sl.stop, sl.step, ascii(s[sl]))

class Two:
    def __index__(self):
        return 2
print(wide[Two()], wide[Two():5], wide[True], plain[False:True])

show("index out of range", lambda: wide[7])
show("negative out of range", lambda: wide[-8])
show("str index", lambda: wide["1"])
show("float index", lambda: wide[1.0])
show("None index", lambda: wide[None])
show("huge index", lambda: wide[2**100])
show("float slice", lambda: wide[1.5:])
show("zero step", lambda: wide[::0])
show("huge slice", lambda: wide[-2**100:2**100])
show("tuple index", lambda: wide[1, 2])

it = iter(wide)
print(type(it).__name__, type(iter(plain)).__name__, it.__length_hint__())
print(next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(enumerate("x😀y")), sorted("b😀a"), max("a😀b"), min(wide), "😀" in wide, "😀b" in wide)
print(list(reversed(wide)), [ord(c) for c in "a😀"], chr(0x1F600) == "😀", len(chr(0x10FFFF)))
print(wide.find("c"), wide.index("🎉"), wide[wide.find("c")], wide.count("😀"))
a, b, *rest = wide
print(a, b, rest)
print(len("😀" * 3), ("😀" * 3)[1], ("ab" * 3)[::-1], "😀" < "😁", "\uffff" < "😀")
print(wide[7])
