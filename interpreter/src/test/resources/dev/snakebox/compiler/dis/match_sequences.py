match s:
    case []:
        pass
    case [_]:
        pass
    case [_, *_]:
        pass
    case [*_, _, _]:
        pass
    case [a, _, *_, _, b]:
        pass
    case [*_, last]:
        pass
    case [first, *_]:
        pass
    case [_, *mid, _]:
        pass
    case [*all_]:
        pass
    case [1, [2, [3, *inner]], *tail]:
        pass
    case (x, y, *_) if x == y:
        pass
