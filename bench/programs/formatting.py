# Formatting: f-strings with specs, str.format and % over ints, floats and strings.
rows = []
i = 0
checksum = 0
while i < 60000:
    x = i * 1.25
    a = f"{i:>6d}|{x:10.3f}|{i:#x}|{x:e}|{i:,}"
    b = "{0:<8}|{1:^9.2f}|{2!r}".format(i, x / 7, "k" + str(i % 5))
    c = "%5d %-8s %.4g %x" % (i, "v" + str(i % 3), x / 3, i)
    checksum += len(a) + len(b) + len(c)
    if i % 15000 == 0:
        rows.append(a + " " + b + " " + c)
    i += 1
for r in rows:
    print(r)
print(checksum, format(checksum, "_"), f"{checksum / 7:.6f}", "%08.2f%%" % (checksum / 1e4))
