match p:
    case [a, b] | [b, a]:
        pass
    case (a, b, c) | (c, a, b) | (b, c, a):
        pass
    case {"x": a, "y": b} | Point(y=b, x=a):
        pass
    case [x, (1 | 2) as y, [z] | (z, _)]:
        pass
    case [k, ([v] | (v, _) | {"v": v})]:
        pass
    case ((1 | 2) as q) | [q] | {0: q}:
        pass
