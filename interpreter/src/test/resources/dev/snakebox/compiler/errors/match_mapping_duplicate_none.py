match x:
    case {None: a, b"n": b, None: c}:
        pass
