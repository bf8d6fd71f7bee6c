# Non-ASCII text read from input: characters outside the BMP count as one, case mapping and
# slicing work on code points.
words = []
for i in range(4):
    words.append(input("word " + str(i) + ": "))
for w in words:
    print(repr(w), len(w), w.upper(), w[::-1], [ord(c) for c in w][:4])
joined = " | ".join(words)
print(joined, len(joined))
print(sorted(words), max(words, key=len))
counts = {}
for ch in "".join(words):
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(input("last: ").title())
