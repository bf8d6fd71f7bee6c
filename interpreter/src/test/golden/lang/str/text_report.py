# A whole program: word statistics and a formatted report over a text, using many str methods
# and every formatting style together.

TEXT = """\
It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief — it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness!
Café, naïve, résumé: ÜBER straße. Emoji 😀 count as one character 🎉.
"""

def normalise(word):
    return word.strip(".,;:!?—…\"'").casefold()

def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        candidate = word if not current else current + " " + word
        if len(candidate) > width and current:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines

counts = {}
for raw in TEXT.split():
    w = normalise(raw)
    if w and w.isalpha():
        counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

print("=" * 44)
print("{:^44}".format(" WORD REPORT "))
print("=" * 44)
print(f"{'lines':<12}{len(TEXT.splitlines()):>8}")
print(f"{'characters':<12}{len(TEXT):>8}")
print(f"{'words':<12}{len(TEXT.split()):>8}")
print(f"{'distinct':<12}{len(counts):>8}")
print("-" * 44)
for rank, (word, n) in enumerate(ranked[:8], 1):
    bar = "#" * n
    print("%2d. %-12s %3d %-10s %5.1f%%" % (rank, word, n, bar, 100 * n / len(TEXT.split())))
print("-" * 44)
for line in wrap(TEXT, 30):
    print("|" + line.ljust(30) + "|", repr(line[:1]), line.count(" "))
print("-" * 44)
initials = "".join([w[0] for w in TEXT.split() if w[0].isupper()])
print(initials, initials.lower(), initials.swapcase(), initials.isupper())
title = TEXT.splitlines()[0].title()
print(title)
print(title.center(90, "~")[:60])
caps = [w for w in TEXT.split() if w.istitle()]
print(caps, len(caps))
table = str.maketrans("aeiou", "AEIOU", ",.;")
print(TEXT.splitlines()[2].translate(table))
print(ascii(TEXT.splitlines()[3]), TEXT.splitlines()[3].encode("ascii", "backslashreplace"))
vowels = {v: TEXT.casefold().count(v) for v in "aeiou"}
print(" ".join(["{}={:02d}".format(k, v) for k, v in vowels.items()]))
print(TEXT.partition("wisdom")[0][-20:], "|", TEXT.rpartition("epoch")[2][:20].strip())
print(max(TEXT.split(), key=len), min(TEXT.split(), key=len), sorted(set(TEXT.split()))[-3:])
print(f"{sum([len(w) for w in TEXT.split()]) / len(TEXT.split()):.3f} average word length")
print("Done: %d words, %d distinct, top word %r" % (len(TEXT.split()), len(counts), ranked[0][0]))
