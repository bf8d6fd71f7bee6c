# Strings: split, join, strip, replace, find, case mapping and slicing over many short lines.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
lines = []
i = 0
while i < 60000:
    w = words[i % 10]
    lines.append("  " + w + "," + str(i) + "," + w.upper() + " ;x" + str(i % 7) + "  ")
    i += 1
text = "\n".join(lines)
total = 0
upper = 0
found = 0
fields = 0
for line in text.splitlines():
    parts = line.strip().split(",")
    fields += len(parts)
    name = parts[0].replace("a", "A").title()
    total += len(name) + int(parts[1]) % 13
    if parts[2].lower().startswith(parts[0]):
        upper += 1
    found += line.find(";x") + line.rfind("a") + line.count("a")
    total += len(line[2:-2:3]) + len(name.center(12, "*")) + len(name.zfill(9))
joined = "|".join(words * 2000)
print(total, upper, found, fields, len(text), len(joined), joined.count("|"), len(joined.split("|")))
print(joined[:40], text[:30].split("\n")[0].strip(), "-".join(sorted(set([p for p in text.split(",")[1:30:3] if p.isdigit()]))))
