def bare():
    return


def constant():
    return 42


def constant_on_next_line():
    return (
        42)


def expression(a, b):
    return (a
            + b)


def in_while(n):
    while n:
        if n > 10:
            return n
        n = n - 1
    return -1


def after_return(x):
    return x
    x = 2


def falls_off_end(x):
    if x:
        return 1
    x = 2


def in_nested_whiles(a, b):
    while a:
        while b:
            return a + b
    return None
