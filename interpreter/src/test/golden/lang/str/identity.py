# Which str operations hand back the very same object (CPython's unicode_result_unchanged and
# friends) and which always make a new one: observable with `is`.

s = "hello world"
u = "HELLO"
e = ""
t = "a\tb"
one = "A"
hello = "Hello"
checks = [
    ("upper", u.upper() is u), ("lower", s.lower() is s), ("casefold", s.casefold() is s),
    ("swapcase empty", e.swapcase() is e), ("title", hello.title() is hello), ("capitalize", hello.capitalize() is hello),
    ("upper one", one.upper() is one), ("lower one", "a".lower() == "a"),
    ("strip", s.strip() is s), ("lstrip", s.lstrip("x") is s), ("rstrip", s.rstrip("d") is s),
    ("replace", s.replace("x", "y") is s), ("replace0", s.replace("l", "L", 0) is s),
    ("center", s.center(3) is s), ("ljust", s.ljust(3) is s), ("rjust", s.rjust(3) is s), ("zfill", s.zfill(3) is s),
    ("expandtabs", s.expandtabs() is s), ("expandtabs tab", t.expandtabs(1) is t),
    ("removeprefix", s.removeprefix("x") is s), ("removesuffix", s.removesuffix("") is s),
    ("translate", s.translate({}) is s), ("translate used", s.translate({120: "y"}) is s),
    ("format", s.format() is s), ("mod", s % () is s), ("format_map", s.format_map({}) is s),
    ("slice", s[:] is s), ("slice step", s[::1] is s), ("add empty", (s + e) is s), ("empty add", (e + s) is s),
    ("mul 1", (s * 1) is s), ("join one", e.join([s]) is s), ("str", str(s) is s),
    ("split", s.split("x")[0] is s), ("rsplit", s.rsplit()[0] is s), ("partition", s.partition("x")[0] is s),
    ("rpartition", s.rpartition("x")[2] is s), ("splitlines", s.splitlines()[0] is s),
    ("format empty", format(s, e) is s), ("format narrow", format(s, "<3") is s), ("f-string", f"{s}" is s),
]
for name, same in checks:
    print(f"{name:<16}{same}")

class Sub(str):
    pass
b = Sub("sub")
print([type(x).__name__ for x in (b.strip(), b[:], b + "", "" + b, b * 1, b.split()[0], str(b), b.format(), b % (),
                                  format(b, "<2"), b.replace("q", "r"), b.center(1))])
