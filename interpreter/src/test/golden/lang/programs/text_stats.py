# Word statistics over a text, with dicts, sorting, and string methods.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = [w.strip(",.").lower() for w in text.split()]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
longest = max(words, key=len)
print(longest, longest.upper(), longest[::-1], longest.count("e"))
lines = text.splitlines()
print([len(line) for line in lines], [line.split()[0] for line in lines])
print(" ".join([w.capitalize() for w in "the tale of two cities".split()]))
caps = [w for w in text.replace(",", " ").split() if w[0].isupper()]
print(caps)
