# List, set and dict comprehensions, nested and filtered.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 4 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({n: n * n for n in range(4) if n})
print(sum([x for x in range(101)]), max([len(w) for w in ["a", "abc", "ab"]]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hey"])
x = "outer"
print([x for x in "ab"], x)
print(any([n > 4 for n in [1, 5]]), all([n > 0 for n in [1, -1]]))
