def counter(start):
    count = start
    def increment(step):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return increment, peek


def outer(a, b):
    def middle():
        def inner():
            return a + b + c
        c = 3
        return inner
    return middle


def arg_cell(x, y, *rest, **kw):
    def f():
        return x, rest, kw
    y = x
    return f


def shadow():
    x = 1
    def g():
        x = 2
        def h():
            return x
        return h
    return g, x


def uses_global():
    global total
    total = total + 1
    return undefined_name


def rebinds(p):
    q = p
    def inner():
        nonlocal p
        p = q
    return inner
