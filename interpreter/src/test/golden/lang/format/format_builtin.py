# The format() builtin and type(x).__format__ across built-in types: what each accepts.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

values = [0, 7, -7, True, 0.5, -2.0, 1.5j, "s", "", None, [1], (2,), {3: 4}, b"b", range(3), Ellipsis, NotImplemented, int, print]
for v in values:
    print(type(v).__name__, repr(format(v)), repr(format(v, "")), type(v).__format__ is object.__format__)
for spec in ["", "5", ">6", "d", "x", ".2", "s", "e", "%", "c", ",", "_", "#", "+", "=8", "08"]:
    row = []
    for v in [7, True, 2.5, 1j, "txt", None]:
        try:
            row.append(format(v, spec))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), row)

show("int format no arg", lambda: (5).__format__())
show("int format two", lambda: (5).__format__("", ""))
show("float format bytes", lambda: (1.5).__format__(b""))
show("str format list", lambda: "s".__format__([]))
show("object format None", lambda: object().__format__(None))
show("bool format", lambda: True.__format__("^6"))
show("None format", lambda: None.__format__(""))
show("None format spec", lambda: None.__format__(">2"))
show("list format spec", lambda: [].__format__("x"))
show("type format", lambda: int.__format__(3, "o"))
show("descriptor wrong type", lambda: int.__format__("3", ""))
show("float descriptor int", lambda: float.__format__(3, ""))
print(format(10**30, ",d"), format(-10**30, "_x"), format(2**63, "e"), format(10**17 + 1, ".3g"))
print(format(1e300 * 1e300, "^9"), format(-1e300 * 1e300, "09"), format(float("nan"), "09.2f"))
print(format(0.1 + 0.2, ".17g"), format(1 / 3, ".50f"), format(2 ** 0.5, ".15e"))
