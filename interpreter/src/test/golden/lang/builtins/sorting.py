# sorted and list.sort: stable, with key and reverse.
records = [("bob", 3), ("ann", 1), ("cy", 3), ("dee", 2), ("al", 1)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "c", 1: "a"}))
data = [5, 2, 9, 1, 5, 6]
data.sort()
print(data)
data.sort(key=lambda v: (v % 3, -v))
print(data)
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-3:])
words = ["Banana", "apple", "Cherry", "date"]
print(sorted(words), sorted(words, key=str.casefold))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], bad=True)
except TypeError as e:
    print("TypeError:", e)
