# An error raised inside a generator resumed by send(), after a handled error.
def accumulate():
    items = []
    while True:
        item = yield len(items)
        items.append(item.upper())

acc = accumulate()
next(acc)
print(acc.send("a"))
try:
    acc.send(5)
except AttributeError as e:
    print("handled:", e)
acc = accumulate()
next(acc)
print(acc.send("b"))
acc.send(None)
