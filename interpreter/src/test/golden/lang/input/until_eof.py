# The usual way to read everything: loop until EOFError, which input() raises at the end.
lines = []
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError:", e, "| args:", e.args)
        break
    lines.append(line)
print(len(lines), "lines")
for i, line in enumerate(lines):
    print(i, repr(line), len(line.split()))
words = [w for line in lines for w in line.split()]
print(len(words), "words", sorted(set(words))[:5])
# after the end, every call raises again
for k in range(2):
    try:
        input("more? ")
    except EOFError:
        print("still EOF", k)
