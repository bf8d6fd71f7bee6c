def constant_defaults(a, b=1, c="two", *, d=3.0, e=None):
    return a, b, c, d, e


def computed_defaults(a=x + 1, b=-y, *, c=z, d=w * 2):
    return a


def only_kwonly(*, k=1, m, n=2):
    return k, m, n


def posonly(a, b=2, /, c=3):
    return a, b, c


def no_defaults(a, /, b, *c, d, **e):
    pass


lam = lambda a, b=1, *, c=2: a + b + c
lam2 = lambda *a, **k: (a, k)
lam3 = lambda: 0
