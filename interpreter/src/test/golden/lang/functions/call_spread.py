# Spreading sequences and mappings into calls.
def f(a, b, c=0, *args, **kw):
    return [a, b, c, args, kw]

nums = [1, 2, 3, 4]
print(f(*nums))
print(f(*nums[:2]))
print(f(*(10, 20), c=30))
opts = {"c": 7, "x": 8}
print(f(1, 2, **opts))
print(f(*[1], *[2], 3, **{"y": 9}, **{"z": 10}))
print(f(**{"a": "A", "b": "B"}))

def g(**kw):
    return sorted(kw.items())

print(g(**{"b": 2}, a=1))
print(max(*[3, 9, 4]))
print("-".join([*"abc", *"de"]))
