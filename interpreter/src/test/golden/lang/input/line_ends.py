# Standard input is split at \n only (outside Windows): a \r stays in the line, and
# the last line needs no line end.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
for line in lines:
    print(repr(line), len(line))
print(len(lines))
