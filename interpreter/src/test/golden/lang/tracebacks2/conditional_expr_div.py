def f():
    return (1 if True else 2) / 0 if True else None
f()
