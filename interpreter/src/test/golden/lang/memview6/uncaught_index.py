# Multi-dimensional slicing is not implemented in CPython either: NotImplementedError, uncaught.
grid = memoryview(bytes(range(16))).cast("B", [4, 4])
print(grid[2, 3], grid[-1, -1], grid[1:3].tolist())
print(grid[1:3, 1:3])
