# Dict views follow the dict; iteration order is insertion order.
d = {"one": 1, "two": 2}
keys = d.keys()
values = d.values()
items = d.items()
d["three"] = 3
print(keys, values, items)
print(len(keys), "two" in keys, 2 in values, ("one", 1) in items)
del d["one"]
print(list(keys))
print(keys & {"two", "zzz"} == {"two"}, sorted(keys | {"four"}))
print(list(reversed(d)), list(reversed(d.items())))
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
