match x:
    case C(f"{y}"):
        pass
