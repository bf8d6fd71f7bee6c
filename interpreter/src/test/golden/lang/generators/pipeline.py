# A text-processing pipeline built from generators.
TEXT = """the quick brown fox
jumps over the lazy dog
# a comment line
the dog sleeps

the fox runs away"""

def lines(text):
    for line in text.split("\n"):
        yield line

def strip_comments(src):
    for line in src:
        if not line.startswith("#"):
            yield line

def non_empty(src):
    for line in src:
        if line.strip():
            yield line

def words(src):
    for line in src:
        yield from line.split()

def numbered(src, start=1):
    n = start
    for item in src:
        yield n, item
        n += 1

def take(n, src):
    for i, item in enumerate(src):
        if i >= n:
            return
        yield item

def counts(src):
    table = {}
    for w in src:
        table[w] = table.get(w, 0) + 1
    return table

pipeline = words(non_empty(strip_comments(lines(TEXT))))
table = counts(pipeline)
for word, n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
    print(word, n)

for n, line in numbered(non_empty(strip_comments(lines(TEXT)))):
    print(n, line)

print(list(take(3, words(lines(TEXT)))))

def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
next(avg)
for v in [10, 20, 30, 40]:
    print("average", avg.send(v))
avg.close()

def batched(src, size):
    batch = []
    for item in src:
        batch.append(item)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

print(list(batched(range(10), 4)))

def pairwise(src):
    it = iter(src)
    try:
        prev = next(it)
    except StopIteration:
        return
    for cur in it:
        yield prev, cur
        prev = cur

print(list(pairwise("abcd")), list(pairwise([])))

def unique(src):
    seen = set()
    for x in src:
        if x not in seen:
            seen.add(x)
            yield x

print(list(unique(words(lines(TEXT))))[:8])
