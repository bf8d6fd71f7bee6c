# Tuples: immutable sequences, hashable when their items are.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t.index(3.0), t.count(1))
print((), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2))
a, b = (1, 2)
print(a, b)
points = {(0, 0): "origin", (1, 0): "east"}
print(points[(1, 0)], (0, 0) in points)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)))
