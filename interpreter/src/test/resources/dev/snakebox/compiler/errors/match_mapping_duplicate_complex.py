match x:
    case {2: a, "s": b, 2+0j: c}:
        pass
