# str.format_map with dicts, dict subclasses with __missing__, and user mappings.

class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"

class Counter:
    def __init__(self):
        self.seen = []
    def __getitem__(self, key):
        self.seen.append(key)
        return len(self.seen)

class Env:
    def __init__(self, **values):
        self.values = values
    def __getitem__(self, key):
        if key not in self.values:
            raise KeyError(key)
        return self.values[key]

print("{a} and {b}".format_map({"a": 1, "b": [2]}))
print("{a} and {b} and {c!r}".format_map(Defaulting(a="A")))
c = Counter()
print("{x}{y}{x}{z.real}".format_map(c), c.seen)
print("{user}@{host}:{port:>6}".format_map(Env(user="me", host="example.org", port=22)))
print("{0[0]}".format_map({"0": "zero"}) if False else "{k[0]}".format_map({"k": "key"}))
print("{a.upper}".format_map({"a": "s"})[:30])
print("{items[1]:^7}|{n:+.2e}".format_map({"items": ["p", "q"], "n": 12345.678}))
print("no fields".format_map({}), "no fields".format_map(5), "{{}}".format_map({}))

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("env missing", lambda: "{nope}".format_map(Env()))
show("mapping int", lambda: "{a}".format_map(5))
show("mapping list", lambda: "{a}".format_map(["a"]))
show("two args", lambda: "{a}".format_map({}, {}))
show("keyword", lambda: "{a}".format_map(mapping={}))
show("nested missing", lambda: "{a:{b}}".format_map({"a": 1}))
show("nested ok", lambda: "{a:{b}}".format_map({"a": 1, "b": ">4"}))
show("defaulting spec", lambda: "{a:>8}".format_map(Defaulting()))
