# The str constructor and subclasses of str: what methods and operators return.

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    def __str__(self):
        return "A.str"
    def __repr__(self):
        return "A.repr"
class BadStr:
    def __str__(self):
        return 5
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

show("empty", lambda: str())
show("int", lambda: str(42))
show("float", lambda: str(2.5))
show("list", lambda: str([1, "a"]))
show("user", lambda: str(A()))
show("only repr", lambda: str(OnlyRepr()))
show("None", lambda: str(None))
show("type", lambda: str(int))
show("bytes", lambda: str(b"a\xff"))
show("kw object", lambda: str(object="k"))
show("bad __str__", lambda: str(BadStr()))
show("too many", lambda: str(1, 2, 3, 4))
show("bad kw", lambda: str(value=1))

class Tag(str):
    def __new__(cls, value, kind="plain"):
        self = super().__new__(cls, value)
        self.kind = kind
        return self
    def shout(self):
        return self.upper() + "!"

t = Tag("hello", kind="greeting")
print(type(t).__name__, t, t.kind, t.shout(), len(t), t[1:3], isinstance(t, str), t == "hello")
for name in ["upper", "strip", "title", "zfill", "center", "replace", "__getitem__", "__add__", "__mul__", "__mod__"]:
    m = getattr(t, name)
    args = {"zfill": (8,), "center": (9,), "replace": ("l", "L"), "__getitem__": (slice(None),),
            "__add__": ("",), "__mul__": (1,), "__mod__": ((),)}.get(name, ())
    r = m(*args)
    print(name, type(r).__name__, repr(r))
print(type(str(t)).__name__, type(t.__str__()).__name__, type("%s" % t).__name__, type(f"{t}").__name__)
print(t.__getnewargs__(), type(t.__getnewargs__()[0]).__name__, "x".__getnewargs__())
print(sorted([Tag("b"), Tag("a"), "c"]), {Tag("k"): 1}["k"], Tag("q") in {"q": 0})

class Lower(str):
    def lower(self):
        return "overridden"
print(Lower("ABC").lower(), Lower("ABC").upper(), str.lower(Lower("ABC")))

class WithInit(str):
    def __init__(self, value):
        self.original = value
w = WithInit(12)
print(repr(w), w.original, type(w.original).__name__)
print(str(Tag("z")), type(str(Tag("z"))).__name__, str(b"x", "ascii") == "x", type(Tag(b"ab", "bytes")).__name__)
