# An uncaught exception thrown into a generator: its frame shows the line where it waited.
def worker():
    total = 0
    while True:
        value = yield total
        total += value

w = worker()
next(w)
w.send(5)
w.throw(ValueError("stop working"))
