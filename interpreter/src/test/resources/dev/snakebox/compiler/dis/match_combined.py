match x:
    case [1, ([a] | a), {"k": b} | C(b)] | (a, b):
        pass
    case {"a": [x, *y] | (y, x), **kw} if kw:
        x = 1
    case C(a=(1 | 2) as q, b=[*r]) | D(q, r):
        pass
    case ((a, b) | [b, a]) | {0: a, 1: b}:
        pass
    case [[a, b, c] | (c, b, a) | {1: b, 2: c, 3: a}, d]:
        pass
    case (*x, y, z) | (y, z, *x):
        pass
    case E.X | E.Y as e if e:
        pass
    case {**rest} if rest:
        pass
    case -0 | 0.0 | -0.0j:
        pass
    case 1e308 | "é" | b"\xff":
        pass
match (x, y):
    case (1, _) | (_, 1):
        z = 1
    case _:
        z = 2
match x:
    case _ if x:
        pass
match x:
    case y if y:
        pass
    case z:
        pass
