# Dicts: get/set/delete with int and str keys, membership, iteration over items, update and copy.
keys = ["key%d" % i for i in range(5000)]
total = 0
for rnd in range(20):
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    for k in keys:
        total += d[k]
        if k in d:
            total += 1
    for i in range(0, 5000, 3):
        del d[keys[i]]
    for k, v in d.items():
        total += v & 7
    e = d.copy()
    e.update({i: i for i in range(1000)})
    total += len(e) + e.get(999, 0) + e.get("missing", -1)
    n = {}
    for i in range(10000):
        n[i % 777] = n.get(i % 777, 0) + i
    total += sum(n.values()) + len(n.keys() & {1, 2, 3})
print(total)
