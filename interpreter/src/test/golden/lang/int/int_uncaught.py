# An uncaught ValueError from int() ends the program with a traceback.
def parse_all(texts):
    total = 0
    for t in texts:
        total += int(t)
        print("ok", t, total)
    return total

print(parse_all(["1", " 2 ", "3_0"]))
parse_all(["4", "five", "6"])
print("not reached")
