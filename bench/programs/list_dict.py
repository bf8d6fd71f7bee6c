# Containers: appending to lists, counting in a dict, sorting, slicing.
counts = {}
words = []
i = 0
while i < 200000:
    w = "w" + str(i % 1000)
    words.append(w)
    counts[w] = counts.get(w, 0) + 1
    i += 1
keys = sorted(counts)
print(len(words), len(counts), keys[:3], counts["w7"])
squares = [n * n for n in range(200000)]
print(sum(squares[::2]), max(squares), len([s for s in squares if s % 7 == 0]))
