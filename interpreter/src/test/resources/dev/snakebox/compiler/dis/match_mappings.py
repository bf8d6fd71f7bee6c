match m:
    case {}:
        pass
    case {**rest}:
        pass
    case {"a": 1, "b": 2, **rest}:
        pass
    case {K.A: a, K.B: b}:
        pass
    case {"x": x, b"x": bx, 1: one, 1.5: f, None: n, K.C: c, **others}:
        pass
    case {"k": {"k": [v, *_]}}:
        pass
    case {"k": _, "j": _}:
        pass
