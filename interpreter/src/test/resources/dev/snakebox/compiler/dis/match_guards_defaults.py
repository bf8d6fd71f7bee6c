match a:
    case _:
        pass
match b:
    case x if x > 0:
        pass
    case [y] if y or x:
        pass
    case _ if b:
        pass
match c:
    case 1 if not c:
        pass
    case _:
        r = 2
match d:
    case x:
        pass
match e:
    case (1 | 2) if e and f:
        pass
while flag:
    match g:
        case 1:
            break
        case [v]:
            continue
        case _:
            pass
