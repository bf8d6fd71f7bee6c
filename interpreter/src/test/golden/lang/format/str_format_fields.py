# str.format: automatic and manual numbering, keywords, attribute and index access into Python
# objects, conversions, nested specs, and __format__ of user classes called with the spec.

class Obj:
    label = "class attr"
    def __init__(self):
        self.name = "obj"
        self.items = ["zero", "one", {"key": "value"}]
        self.mapping = {"a": 1, "2": "str two", 2: "int two"}
    @property
    def computed(self):
        return "computed!"

class Fmt:
    calls = []
    def __format__(self, spec):
        Fmt.calls.append(spec)
        return "Fmt[" + spec + "]"

class Seq:
    def __getitem__(self, i):
        return "seq" + repr(i)
    def __len__(self):
        return 3

o = Obj()
print("{} {} {}".format("a", "b", "c"), "{2} {1} {0} {1}".format("a", "b", "c"), "{x}{y}{x}".format(x=1, y=2))
print("{0.name} {0.label} {0.computed} {0.items[1]} {0.items[2][key]} {0.mapping[a]} {0.mapping[2]}".format(o))
print("{obj.items[0]:>8} {obj.name!r} {obj.name!a:^9}".format(obj=o))
print("{0[0]} {0[2]} {1[x]} {2[5]} {3[0][0]}".format("abc", {"x": "X", "-1": 0}, Seq(), [[7]]))
print("{0[-1]}".format({"-1": "string key minus one"}), "{0[ spaced ]}".format({" spaced ": "ok"}))
print("{:{}}|{:{}.{}f}|{:{fill}^{w}}".format("x", 5, 3.14159, 8, 2, "y", fill="*", w=7))
print("{0:{1}{2}}|{a:{b}}".format(12, "<", 6, a="z", b=">4"))
print("{} {!r} {!s} {!a}".format(Fmt(), Fmt(), "s", "é"), Fmt.calls)
print("{:abc} {:}".format(Fmt(), Fmt()), "{0:{1}}".format(Fmt(), "nested"), Fmt.calls[-3:])
print("{{}} {{{0}}} }}{{".format("in braces"), "{{}}".format(), "plain".format(1, 2, k=3))
print("{!r:>10}|{!s:<6}|{!a:^10}|".format("q", 7, "😀"))
print("{0:.3}|{0:.3s}|{1:#x}|{1:,}|{2:.1%}".format("abcdef", 123456, 0.456))
print("{0}{0}{0}".format("r"), "{}-{}".format(*"ab"), "{a}/{b}".format(**{"a": 1, "b": 2}))
print(str.format("{}", 1), "{0.real}{0.imag}".format(5), "{0.__class__.__name__}".format([]))
print("{:%Y}".format(type("D", (), {"__format__": lambda s, spec: "year:" + spec})()))
numbers = [3, 14, 159, 2653]
print(" | ".join(["{:>6}".format(n) for n in numbers]), "{:*<8}".format("left"))
template = "{name} scored {score:.1f} ({pct:.0%})"
for name, score in [("ann", 9.25), ("bob", 7.5)]:
    print(template.format(name=name, score=score, pct=score / 10))
