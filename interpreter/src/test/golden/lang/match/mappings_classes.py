def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def mp(x):
    match x:
        case {'type': 'point', 'x': xv, 'y': yv}:
            return f'point {xv},{yv}'
        case {'type': 'circle', **rest}:
            return f'circle rest={rest}'
        case {1: one, 'k': {'inner': v}}:
            return f'nested {one} {v}'
        case {}:
            return 'some mapping'
    return 'not a mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'z': 3}, {'type': 'circle', 'r': 5, 'c': 0}, {1: 'a', 'k': {'inner': 9}}, {}, {'q': 1}, [], 'type']:
    print(repr(v), '->', mp(v))

class Missing(dict):
    def __missing__(self, k):
        return 'made up'
match Missing(a=1):
    case {'b': v}:
        print('missing used', v)
    case {'a': v}:
        print('missing not used; a =', v)

class Getter:
    def __init__(self):
        self.calls = []
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def cls(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin3'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point(x=px, y=py):
            return f'point {px} {py}'
        case int(n) | float(n):
            return f'number {n}'
        case str() | bytes():
            return 'text'
        case list([a, *_]):
            return f'list starting {a}'
        case dict({'k': v}):
            return f'dict k={v}'
        case bool(b):
            return 'bool unreachable'
    return 'unknown'
for v in [Point3(0, 0, 0), Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2), 7, 2.5, True, 'x', b'y', [9, 8], {'k': 1}, None]:
    print(repr(v), '->', cls(v))

class NoArgs:
    pass
def too_many(v):
    match v:
        case NoArgs(1):
            return 'matched'
t(lambda: too_many(NoArgs()))
def too_many_pt(v):
    match v:
        case Point(1, 2, 3):
            return 'matched'
t(lambda: too_many_pt(Point(1, 2)))
class BadArgs:
    __match_args__ = ['x']
def bad_args(v):
    match v:
        case BadArgs(1):
            return 'm'
t(lambda: bad_args(BadArgs()))
class BadArgItem:
    __match_args__ = (1,)
def bad_item(v):
    match v:
        case BadArgItem(1):
            return 'm'
t(lambda: bad_item(BadArgItem()))
def dup_kw(v):
    match v:
        case Point(1, x=1):
            return 'm'
t(lambda: dup_kw(Point(1, 2)))
def not_class(v):
    T = 5
    match v:
        case T():
            return 'm'
t(lambda: not_class(1))
def int_two(v):
    match v:
        case int(1, 2):
            return 'm'
t(lambda: int_two(1))
def missing_attr(v):
    match v:
        case Point(z=1):
            return 'm'
    return 'no z attribute: no match'
t(lambda: missing_attr(Point(1, 2)))
class Raising:
    @property
    def x(self):
        raise ValueError('attr boom')
def raising(v):
    match v:
        case Raising(x=1):
            return 'm'
t(lambda: raising(Raising()))
def map_dup(v):
    k = 'a'
    match v:
        case {'a': 1, Kls.A: 2}:
            return 'm'
class Kls:
    A = 'a'
t(lambda: map_dup({'a': 1}))
class Keys:
    def keys(self):
        return []
