# An uncaught error inside a generator driven by a for loop: the generator's frame is in the traceback.
def parse_all(items):
    for item in items:
        yield int(item)

def total(items):
    result = 0
    for value in parse_all(items):
        result += value
    return result

print(total(["1", "2", "3"]))
print(total(["4", "five", "6"]))
