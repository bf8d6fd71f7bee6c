x = 1
def f():
    return [x for x in range(3)
            if 10 // (x - 1)]
f()
