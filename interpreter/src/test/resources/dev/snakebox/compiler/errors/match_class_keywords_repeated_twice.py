match x:
    case P(b=1, a=2, a=3, b=4):
        pass
