# list.sort as Timsort: the number and order of __lt__ calls are CPython's, for many input shapes.

class K:
    calls = 0
    __slots__ = ("v", "tag")

    def __init__(self, v, tag=0):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v},{self.tag})"


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


def take(gen, n, mod):
    return [next(gen) % mod for _ in range(n)]


def count(values, reverse=False):
    items = [K(v, i) for i, v in enumerate(values)]
    K.calls = 0
    items.sort(reverse=reverse)
    calls = K.calls
    if reverse:
        ok = all(items[i].v >= items[i + 1].v for i in range(len(items) - 1))
    else:
        ok = all(items[i].v <= items[i + 1].v for i in range(len(items) - 1))
    # stability: equal values keep their original order, with reverse=True too
    stable = all(
        items[i].v != items[i + 1].v or items[i].tag < items[i + 1].tag
        for i in range(len(items) - 1)
    )
    return calls, ok, stable


shapes = {}
g = lcg(12345)
shapes["sorted1000"] = list(range(1000))
shapes["reversed1000"] = list(range(1000, 0, -1))
shapes["random1000"] = take(g, 1000, 1000000)
shapes["equal_keys1000"] = take(g, 1000, 5)
shapes["all_equal300"] = [7] * 300
shapes["sawtooth"] = [i % 37 for i in range(1000)]
shapes["organ_pipe"] = list(range(500)) + list(range(500, 0, -1))
shapes["sorted_plus_tail"] = list(range(900)) + take(g, 100, 1000)
shapes["random_runs"] = sorted(take(g, 300, 1000)) + sorted(take(g, 400, 1000)) + sorted(take(g, 300, 1000))
shapes["desc_with_eq"] = sorted(take(g, 1000, 50), reverse=True)
shapes["two_interleaved"] = [x for pair in zip(range(0, 1000, 2), range(1000, 0, -2)) for x in pair]
shapes["small5"] = [3, 1, 4, 1, 5]
shapes["tiny2"] = [2, 1]
shapes["sizes65"] = take(g, 65, 100)
shapes["sizes64"] = take(g, 64, 100)
shapes["sizes129"] = take(g, 129, 1000)
shapes["gallop_blocks"] = list(range(0, 2000, 2))[:500] + list(range(1, 2000, 2))[:500]
shapes["big_random4000"] = take(g, 4000, 10 ** 9)

for name, values in shapes.items():
    c1 = count(values)
    c2 = count(values, reverse=True)
    print(f"{name:18} n={len(values):5} lt={c1[0]:6} sorted={c1[1]} stable={c1[2]}  reverse: lt={c2[0]:6} sorted={c2[1]} stable={c2[2]}")

# sorted() goes through the same sort
items = [K(v) for v in take(g, 500, 1000)]
K.calls = 0
out = sorted(items)
print("sorted():", K.calls, [k.v for k in out[:8]])
K.calls = 0
out = sorted(items, key=lambda k: k, reverse=True)
print("sorted(key, reverse):", K.calls, [k.v for k in out[:8]])

# the sequence of comparisons itself, on a small list
log = []


class L:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v


data = [L(v) for v in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4]]
data.sort()
print([d.v for d in data])
print(log)
log.clear()
data = [L(v) for v in [1, 2, 3, 10, 9, 8, 8, 7, 4, 5, 6]]
data.sort(reverse=True)
print([d.v for d in data])
print(log)

# reverse=True keeps equal items in their original order
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e"), (1, "f")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: p[0]))
