def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class Vec:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def m(v):
    match v:
        case Vec(x=0) | Vec(y=0):
            return 'on an axis'
        case Vec(x, int(y)) if x == -y:
            return 'anti-diagonal'
        case Vec(_, Vec() as inner):
            return f'nested {inner.x}'
        case Vec(x=int() | float() as num, y=str(label)):
            return f'labelled {num} {label}'
        case Vec():
            return 'some vec'
        case [Vec(x=a), Vec(x=b), *_]:
            return f'vec list {a} {b}'
        case {'vec': Vec(x, y)}:
            return f'vec in dict {x} {y}'
        case type() as cls:
            return f'a class {cls.__name__}'
    return 'nothing'
for v in [Vec(0, 5), Vec(3, 0), Vec(2, -2), Vec(1, Vec(9, 9)), Vec(1.5, 'tag'), Vec(1, 2), [Vec(1, 0), Vec(2, 0)], {'vec': Vec(7, 8)}, Vec, 5]:
    print(m(v))
def bad_match_args_type():
    class BadType:
        __match_args__ = ('x',)
    match BadType():
        case BadType(1):
            return 'm'
    return 'no x attr means no match'
print(bad_match_args_type())
def match_args_not_tuple():
    class L:
        __match_args__ = 'xy'
        x = 1
    match L():
        case L(1):
            return 'm'
t(match_args_not_tuple)
def subclass_match_args():
    class P:
        __match_args__ = ('a',)
        a = 'pa'
    class Q(P):
        __match_args__ = ()
    match Q():
        case Q(1):
            return 'm'
t(subclass_match_args)
def isinstance_error():
    class Meta(type):
        def __instancecheck__(cls, inst):
            raise RuntimeError('instancecheck boom')
    class X(metaclass=Meta):
        pass
    match 1:
        case X():
            return 'm'
t(isinstance_error)
def getattr_error():
    class G:
        __match_args__ = ('v',)
        def __getattr__(self, n):
            raise KeyError(n)
    match G():
        case G(1):
            return 'm'
t(getattr_error)
def mapping_get_error():
    class D(dict):
        def get(self, k, d=None):
            raise ValueError('get boom')
    match D(a=1):
        case {'a': 1}:
            return 'matched without get?'
t(mapping_get_error)
def value_pattern_eq_error():
    class Boom:
        def __eq__(self, o):
            raise TypeError('eq boom')
    class NS:
        b = Boom()
    match 1:
        case NS.b:
            return 'm'
t(value_pattern_eq_error)
