match x:
    case {1e20: a, 100000000000000000000: b}:
        pass
