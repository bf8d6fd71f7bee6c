# Dictionaries and sets: counting words, set algebra and membership tests.
words = ["w%d" % (i % 997) for i in range(50000)]
total = 0
for _ in range(6):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    seen = set()
    dup = 0
    for w in words:
        if w in seen:
            dup += 1
        else:
            seen.add(w)
    evens = {w for w in seen if int(w[1:]) % 2 == 0}
    total += len(counts) + dup + len(seen - evens) + len(seen & evens) + max(counts.values())
print(total)
