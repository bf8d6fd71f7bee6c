# str.format errors: numbering, missing fields, bad conversions, bad markup, recursion depth,
# errors raised by the objects accessed, with the messages CPython gives.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class NoAttr:
    __slots__ = ()
class Raising:
    @property
    def boom(self):
        raise RuntimeError("property failed")
    def __getitem__(self, key):
        raise KeyError("custom " + repr(key))

show("auto then manual", lambda: "{}{1}".format(1, 2))
show("manual then auto", lambda: "{0}{}".format(1, 2))
show("index out of range", lambda: "{3}".format(1, 2))
show("auto out of range", lambda: "{}{}".format(1))
show("missing keyword", lambda: "{name}".format(nom=1))
show("missing keyword none", lambda: "{x}".format())
show("unknown conversion", lambda: "{!x}".format(1))
show("conversion nonascii", lambda: "{!é}".format(1))
show("conversion too long", lambda: "{!rs}".format(1))
show("conversion missing", lambda: "{!}".format(1))
show("conversion end", lambda: "{0!".format(1))
show("single open", lambda: "{".format())
show("single close", lambda: "}".format())
show("close in text", lambda: "a } b".format())
show("unclosed field", lambda: "{0".format(1))
show("unclosed spec", lambda: "{0:".format(1))
show("bad in name", lambda: "{0{}".format(1))
show("empty attribute", lambda: "{0.}".format(1))
show("empty index", lambda: "{0[]}".format([1]))
show("missing bracket", lambda: "{0[0}".format([1]))
show("junk after index", lambda: "{0[0]x}".format([1]))
show("no attribute", lambda: "{0.missing}".format(NoAttr()))
show("int attribute", lambda: "{0.foo}".format(5))
show("property raises", lambda: "{0.boom}".format(Raising()))
show("getitem raises", lambda: "{0[k]}".format(Raising()))
show("list index str", lambda: "{0[x]}".format([1]))
show("list index range", lambda: "{0[9]}".format([1]))
show("int subscript", lambda: "{0[0]}".format(5))
show("dict int key", lambda: "{0[1]}".format({"1": "s"}))
show("spec error", lambda: "{:d}".format("s"))
show("nested spec error", lambda: "{:{}}".format(1, "q"))
show("too deep", lambda: "{:{:{}}}".format(1, 2, 3))
show("format_map positional", lambda: "{0}".format_map({}))
show("format_map auto", lambda: "{}".format_map({}))
show("format_map missing", lambda: "{a}".format_map({}))
show("format_map not mapping", lambda: "{a}".format_map([]))
show("format_map none", lambda: "{a}".format_map(None))
show("format_map no arg", lambda: "{a}".format_map())
show("format kw only", lambda: "{}".format(k=1))
show("huge index", lambda: "{99999999999999999999}".format(1))
show("negative index", lambda: "{-1}".format(1))
show("space name", lambda: "{ 0 }".format(1))
show("int __format__ result", lambda: "{}".format(type("W", (), {"__format__": lambda s, f: 1})()))

def render(template, **values):
    return template.format(**values)

print(render("{greeting}, {name}!", greeting="Hello", name="World"))
print(render("{greeting}, {name}!", greeting="Hello"))
