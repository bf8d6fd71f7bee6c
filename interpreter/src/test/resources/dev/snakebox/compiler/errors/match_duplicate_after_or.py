match x:
    case [a, ([a] | (a, _))]:
        pass
