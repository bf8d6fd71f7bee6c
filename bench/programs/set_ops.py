# Sets: add, membership, discard, union, intersection, difference, symmetric difference, comprehension.
total = 0
for rnd in range(15):
    a = set()
    for i in range(20000):
        a.add(i * 7 % 10007)
    b = {i * 3 for i in range(8000)}
    hits = 0
    for i in range(20000):
        if i in a:
            hits += 1
    c = a | b
    d = a & b
    e = a - b
    f = a ^ b
    for i in range(0, 5000, 2):
        a.discard(i)
    fs = frozenset(d)
    total += hits + len(c) + len(d) + len(e) + len(f) + len(a) + (5 in fs) + a.isdisjoint(range(3))
print(total)
