# Every method of str is there, with its kind, and the unbound forms check their self.

names = [n for n in dir(str) if not n.startswith("__")]
print(len(names), names)
dunders = [n for n in dir(str) if n.startswith("__") and n not in ("__doc__", "__init_subclass__", "__subclasshook__", "__dir__", "__reduce__", "__reduce_ex__", "__sizeof__", "__getstate__", "__init__", "__setattr__", "__delattr__", "__class__")]
print(dunders)
for n in names:
    obj = str.__dict__[n]
    print(n, type(obj).__name__)
print(repr(str.upper), repr("x".upper)[:35], repr(str.__add__), repr(str.maketrans)[:31])
print(str.upper("abc"), str.join("-", "ab"), str.format("{}{}", 1, 2), str.__format__("ab", ">3"))

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("upper int", lambda: str.upper(1))
show("join None", lambda: str.join(None, []))
show("split list", lambda: str.split([1]))
show("format int", lambda: str.format(1))
show("__len__ int", lambda: str.__len__(1))
show("__getitem__ int", lambda: str.__getitem__(1, 0))
show("strip no self", lambda: str.strip())
show("zfill bytes", lambda: str.zfill(b"1", 3))
show("__mod__ int", lambda: str.__mod__(1, 2))
show("__rmod__ int", lambda: str.__rmod__(1, 2))
print(callable(str.maketrans), str.maketrans("a", "b") == "".maketrans("a", "b"))
print(hasattr("", "decode"), hasattr(str, "__sizeof__"), hasattr(str, "isascii"), hasattr(str, "removeprefix"))
