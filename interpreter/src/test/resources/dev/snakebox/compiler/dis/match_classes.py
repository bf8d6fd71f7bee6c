match obj:
    case C():
        pass
    case C(_, _, x=_):
        pass
    case C(a, b, c, d=d, e=e):
        pass
    case mod.sub.C(C(x), y=C(z=[w])):
        pass
    case C(1, "s", None, kw=True):
        pass
    case int() | float() as number:
        pass
