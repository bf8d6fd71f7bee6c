# printf-style formatting with mappings: dicts, dict subclasses, user mappings, and which
# right operands count as a mapping (anything with __getitem__ except tuple and str).

class Defaults(dict):
    def __missing__(self, key):
        return "?" + key

class Lookup:
    def __init__(self):
        self.asked = []
    def __getitem__(self, key):
        self.asked.append(key)
        return len(key)

class NotMapping:
    pass

record = {"name": "Widget", "price": 9.5, "qty": 3, "tags": ["a", "b"]}
print("%(name)-10s|%(price)8.2f|%(qty)03d|%(tags)s|%(tags)r" % record)
print("%(name)s costs %(price).1f%% more" % record, "%%(name)s" % record, "%(qty)x %(qty)o %(qty)e" % record)
print("%(a)s %(b)s" % Defaults(a=1))
look = Lookup()
print("%(first)d %(second)d %(first)s" % look, look.asked)
print("plain" % look, "%s" % look is not None, "%%" % look)
print("%(k)s" % {"k": "v"}, "%(k)s %(k)r" % {"k": "é"}, "%(😀)s" % {"😀": "emoji key"})
print("%(a)s|%(a)5s|%(a)-5s|" % {"a": "x"}, "%(n)+.3e" % {"n": -1234.5})
print("%(x)c%(y)c" % {"x": 72, "y": "i"}, "%(p)#x" % {"p": 255})
print("%s" % Defaults(), "no specs at all" % Defaults(), "%s" % [1, 2], "x" % [], "x" % {})

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("missing key", lambda: "%(missing)s" % {"a": 1})
show("tuple is no mapping", lambda: "%(a)s" % ({"a": 1},))
show("str is no mapping", lambda: "%(a)s" % "a")
show("int is no mapping", lambda: "%(a)s" % 5)
show("object is no mapping", lambda: "%(a)s" % NotMapping())
show("unterminated key", lambda: "%(a" % {"a": 1})
show("nested parens", lambda: "%((a))s" % {"(a)": "nested"})
show("star width", lambda: "%(a)*s" % {"a": 1})
show("star precision", lambda: "%(a).*f" % {"a": 1.0})
show("positional after key", lambda: "%(a)s %s" % {"a": 1})
show("key after positional", lambda: "%s %(a)s" % {"a": 1})
show("bad value type", lambda: "%(a)d" % {"a": "x"})
show("getitem raises", lambda: "%(boom)s" % type("B", (), {"__getitem__": lambda s, k: 1 / 0})())
