# List indexing, slicing, slice assignment, concatenation and repetition.
xs = list(range(10))
print(xs[0], xs[-1], xs[2:5], xs[:3], xs[7:], xs[::2], xs[::-1], xs[-3:-1], xs[8:2:-2])
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[::3] = [0, 0, 0, 0]
print(xs)
del xs[0]
del xs[::2]
print(xs)
xs[:] = []
print(xs)
print([1, 2] + [3], [0] * 4, 2 * [1, 2], [[]] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
try:
    xs[5]
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2, 3][::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    [1]["a"]
except TypeError as e:
    print("TypeError:", e)
