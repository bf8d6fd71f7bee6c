# Unpacking assignment: tuples, lists, starred targets, swaps, nesting.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = range(3)
print(init, tail)
head, *rest = "a"
print(head, rest)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
i = j = k = 0
print(i, j, k)
d = {}
d["a"], d["b"] = 1, 2
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = "x", "z"
print(lst)
for bad in ["a, b = 1", "a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]"]:
    try:
        exec_target = None
        if bad == "a, b = 1":
            a, b = 1
        elif bad == "a, b = [1]":
            a, b = [1]
        elif bad == "a, b = [1, 2, 3]":
            a, b = [1, 2, 3]
        else:
            a, *b, c = [1]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
