# format() of str, None, objects without __format__, and object.__format__'s rules.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["", "abc", "😀x", "longer text"]:
    print([format(s, spec) for spec in ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "10.3", "😀>4", "^", ".0", "-^6"]])

show("str d", lambda: format("x", "d"))
show("str sign", lambda: format("x", "+"))
show("str space sign", lambda: format("x", " "))
show("str alternate", lambda: format("x", "#"))
show("str equals", lambda: format("x", "=5"))
show("str zero", lambda: format("x", "05"))
show("str comma", lambda: format("x", ","))
show("str underscore", lambda: format("x", "_"))
show("str z", lambda: format("x", "z"))
show("str e", lambda: format("x", "e"))

class Plain:
    pass
class WithStr:
    def __str__(self):
        return "with-str"
class WithRepr:
    def __repr__(self):
        return "with-repr"

print(format(WithStr()), format(WithRepr()), format(None), format(WithStr(), ""), format(Ellipsis), format(int))
show("plain spec", lambda: format(Plain(), "x"))
show("None spec", lambda: format(None, ">5"))
show("list spec", lambda: format([1, 2], "10"))
show("tuple spec", lambda: format((), "s"))
show("type spec", lambda: format(int, "s"))
show("object spec", lambda: format(object(), "^9"))
show("object dunder", lambda: object.__format__(WithStr(), ""))
show("object dunder spec", lambda: object.__format__(WithStr(), "x"))
show("object dunder int spec", lambda: object.__format__(WithStr(), 5))
show("str dunder int", lambda: "a".__format__(1))
show("format arg int", lambda: format("a", 1))
show("format arg None", lambda: format("a", None))
show("format no args", lambda: format())
show("format three", lambda: format(1, "", 2))
show("format kw", lambda: format(1, format_spec=""))
print(str.__format__("ab", "^6") + "|", format("x", "") is not None, format("", "3") + "|")
print(f"{'abc':>{5}}", f"{'abc':.{2}}", f"{'x'!r:5}", f"{'😀'!a}", f"{None}", f"{None!r:>6}")
print(f"{Plain.__name__:*^11}", f"{WithRepr()!s}", f"{WithStr()!r:.4}")
