# Sorting lists: ints, floats, strings, tuples, with key= and reverse=, already sorted and reversed runs.
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
ints = [rand() % 100000 for _ in range(60000)]
floats = [x / 7.0 for x in ints]
strs = ["k%d" % x for x in ints[:30000]]
pairs = [(x % 100, x) for x in ints[:30000]]
total = 0
for _ in range(3):
    a = sorted(ints)
    b = sorted(floats, reverse=True)
    c = sorted(strs)
    d = sorted(pairs, key=lambda p: p[0])
    e = sorted(a)
    f = sorted(a, reverse=True)
    g = list(ints)
    g.sort(key=lambda x: -x)
    total += a[100] + int(b[100]) + len(c[50]) + d[10][1] + e[-1] + f[0] + g[0]
print(total)
