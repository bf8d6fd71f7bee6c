# any, all, len, and truth on various values.
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any("abc"), all(""))
print(len("héllo"), len([1, [2, 3]]), len({}), len(range(0, 100, 7)), len((1,)), len({1, 1, 2}))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
print(bool(range(0)), bool(range(1)), not [], not [[]])
