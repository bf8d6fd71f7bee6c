# IndexError and KeyError messages.
def attempt(f):
    try:
        f()
    except LookupError as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: [1, 2][5])
attempt(lambda: [1, 2][-3])
attempt(lambda: (1,)[1])
attempt(lambda: "ab"[2])
attempt(lambda: range(3)[3])
attempt(lambda: {"a": 1}["b"])
attempt(lambda: {1: 2}[(1, 2)])
attempt(lambda: {}.pop("k"))
attempt(lambda: [].pop(0))
attempt(lambda: set().remove(1))
lst = [1]
def assign():
    lst[3] = 1
attempt(assign)
