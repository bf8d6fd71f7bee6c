# The methods of dict, and insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("zz", "dflt"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
e = dict.fromkeys("abc", 0)
print(e, dict(a=1, b=2), dict([("k", "v")]), dict(e, extra=True))
del e["b"]
print(e, "a" in e, "b" in e)
print({1: "x"} == {1: "x"}, {1: "x"} == {1: "y"}, {"a": 1} | {"b": 2})
merged = {"a": 1}
merged |= {"a": 9, "c": 3}
print(merged)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
c = d.copy()
c.clear()
print(c, d == c)
