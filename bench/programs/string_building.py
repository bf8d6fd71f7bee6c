# Building strings: concatenation in a loop, join of pieces, f-strings and str methods.
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s

def pieces(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * i}")
    return ",".join(parts)

total = 0
for _ in range(20):
    a = build(20000)
    b = pieces(20000)
    total += len(a) + len(b) + a.count("7") + len(b.split(","))
print(total)
