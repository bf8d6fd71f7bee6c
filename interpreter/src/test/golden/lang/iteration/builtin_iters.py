# enumerate, zip, map, filter, reversed, range and their laziness.
print(list(enumerate("ab")), list(enumerate([], 5)))
print(list(zip()), list(zip("ab", [1, 2, 3])), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, []])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
r = range(2, 20, 3)
print(r, len(r), r[1], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), list(r))
print(range(5) == range(0, 5, 1), range(0) == range(2, 2), list(range(-3)))
m = map(lambda x: print("mapping", x) or x, [1, 2])
print("map made")
print(next(m))
e = enumerate("xyz")
print(next(e), list(e))
print(type(zip()).__name__, type(iter([])).__name__, type(iter(range(1))).__name__, type(iter("")).__name__)
