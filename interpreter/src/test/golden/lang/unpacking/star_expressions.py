# Starred expressions in displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b}, [*"hi", *range(2)])
d1 = {"x": 1}
d2 = {"y": 2, "x": 0}
print({**d1, **d2}, {**d2, **d1}, {"z": 3, **d1})
print(*a, *b)
print(*[], "only")
first, *others = *a, *b
print(first, others)
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
def f(**kw):
    return kw
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*1)
except TypeError as e:
    print("TypeError:", e)
