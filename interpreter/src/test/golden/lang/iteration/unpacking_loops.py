# Unpacking in for targets and nested structures.
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(num, word)
for i, (a, b) in enumerate([("x", "y"), ("z", "w")]):
    print(i, a, b)
for first, *rest in ["abc", "de"]:
    print(first, rest)
data = {"a": [1, 2], "b": [3]}
for key, values in data.items():
    print(key, sum(values))
matrix = [[1, 2], [3, 4]]
print([x for row in matrix for x in row])
print([(r, c) for r, row in enumerate(matrix) for c, v in enumerate(row) if v % 2 == 0])
