# for loops over the built-in iterables, with break, continue and else.
for ch in "abc":
    print(ch, end=" ")
print()
for i, v in enumerate(["x", "y"], start=1):
    print(i, v)
for k in {"a": 1, "b": 2}:
    print(k, end=";")
print()
for a, b in zip([1, 2, 3], "pq"):
    print(a, b)
for n in range(10):
    if n % 2:
        continue
    if n > 6:
        break
    print(n, end=" ")
print()
for n in range(3):
    pass
else:
    print("completed, n =", n)
for n in range(3):
    if n == 1:
        break
else:
    print("not printed")
for x in []:
    print("never")
for i in range(10, 0, -3):
    print(i, end=" ")
print()
