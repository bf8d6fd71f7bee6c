# f-strings without format specifications.
name = "Ada"
n = 3
items = [1, 2]
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{items} {items[0]} {len(items)}")
print(f"{name!r} {name!s} {'λ'!a}")
print(f"{{literal braces}} {n}")
print(f"{n=}", f"{name = }")
print(f"nested {f'inner {n}'}")
print(f"{'yes' if n > 2 else 'no'}")
obj = {"k": [10, 20]}
print(f"{obj['k'][1]}")
