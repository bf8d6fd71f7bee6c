# startswith, endswith (str or tuple, with bounds), removeprefix, removesuffix.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "unhappiness"
for p in ["un", "unhappiness", "unhappinesss", "", "happ", "ness", "s"]:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 2), s.endswith(p, 0, 4),
          s.startswith(p, -4), s.endswith(p, -100, -3))
print(s.startswith(("x", "y", "un")), s.endswith(("ness", 1)), s.startswith(()), s.endswith(("",)))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 12), s.startswith("", 5, 2), s.endswith("", 5, 2))
print("😀ab😀".startswith("😀a"), "😀ab😀".endswith("b😀", 2), "😀ab😀".startswith("a", 1), "😀ab😀".endswith("😀", 0, 3))

show("tuple with int first", lambda: s.startswith((1, "un")))
show("tuple with int later", lambda: s.startswith(("un", 1)))
show("tuple miss then int", lambda: s.endswith(("x", 2)))
show("int", lambda: s.startswith(1))
show("list", lambda: s.endswith(["ness"]))
show("bad start", lambda: s.startswith("u", "0"))
show("bad end", lambda: s.endswith("s", 0, 2.0))
show("no args", lambda: s.startswith())
show("too many", lambda: s.endswith("s", 0, 1, 2))
show("kwargs", lambda: s.startswith(prefix="u"))

for p in ["un", "", "x", "unhappiness", "unhappinessx"]:
    print(repr(p), repr(s.removeprefix(p)), repr(s.removesuffix(p)), repr(s.removesuffix(p[::-1])))
print(repr("😀😀a".removeprefix("😀")), repr("a😀😀".removesuffix("😀")))
show("removeprefix int", lambda: s.removeprefix(1))
show("removesuffix None", lambda: s.removesuffix(None))
show("removeprefix none", lambda: s.removeprefix())
show("removeprefix tuple", lambda: s.removeprefix(("un",)))

class Text(str):
    pass
t = Text("prefix-body")
print(type(t.removeprefix("prefix-")).__name__, type(t.removeprefix("zzz")).__name__, t.removeprefix("zzz"))
