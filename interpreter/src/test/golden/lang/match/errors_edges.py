def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class EqAll:
    def __eq__(self, other):
        print('EqAll.__eq__ called with', other)
        return True
def value_eq(v):
    class NS:
        X = EqAll()
    match v:
        case NS.X:
            return 'matched via __eq__'
    return 'no'
print(value_eq(5))

class Sub(int):
    pass
def builtin_self(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(i):
            return f'int {i} {type(i).__name__}'
        case str(s):
            return f'str {s}'
        case float(f):
            return f'float {f}'
        case tuple((a, b)):
            return f'tuple pair {a} {b}'
        case frozenset(fs):
            return f'frozenset of {len(fs)}'
        case bytearray(ba):
            return f'bytearray {ba}'
        case dict(d):
            return f'dict {d}'
    return 'other'
for v in [True, 3, Sub(4), 'x', 1.5, (1, 2), (1, 2, 3), frozenset([1]), bytearray(b'z'), {'a': 1}, None]:
    print(repr(v), '->', builtin_self(v))

def two_sub(v):
    match v:
        case str('a', 'b'):
            return 'm'
t(lambda: two_sub('a'))
def kw_on_builtin(v):
    match v:
        case int(real=r, imag=i):
            return (r, i)
print(kw_on_builtin(7))

class P:
    __match_args__ = ('a', 'b')
    def __init__(self):
        self.a = 1
class Q(P):
    pass
def inherit(v):
    match v:
        case Q(1):
            return 'Q(1) via inherited __match_args__'
    return 'no'
print(inherit(Q()))
def missing_positional_attr(v):
    match v:
        case P(1, 2):
            return 'm'
    return 'attribute b missing: no match'
print(missing_positional_attr(P()))

class MA:
    __match_args__ = ('x', 'x')
    x = 1
def dup_match_args(v):
    match v:
        case MA(1, 1):
            return 'm'
t(lambda: dup_match_args(MA()))

def not_mapping(v):
    match v:
        case {'a': 1}:
            return 'mapping'
        case [1, 2]:
            return 'seq'
    return 'none'
print(not_mapping([1, 2]), not_mapping({'a': 1, 'b': 2}), not_mapping('ab'))

class Mapping:
    def __init__(self, d):
        self.d = d
    def keys(self):
        return self.d.keys()
    def __getitem__(self, k):
        return self.d[k]
def custom_mapping(v):
    match v:
        case {'a': x}:
            return x
    return 'not matched: not a Mapping'
print(custom_mapping(Mapping({'a': 1})))

def guard_raises(v):
    match v:
        case x if 1 / x:
            return 'ok'
t(lambda: guard_raises(1))
t(lambda: guard_raises(0))

def str_not_seq(v):
    match v:
        case [*chars]:
            return chars
    return 'str, bytes and bytearray are not sequences here'
print(str_not_seq('abc'), str_not_seq(b'ab'), str_not_seq(bytearray(b'x')), str_not_seq(range(3)))

def dict_rest_copy(v):
    match v:
        case {**rest}:
            rest['new'] = 1
            return rest, v
print(dict_rest_copy({'a': 1}))

import sys
def module_value(v):
    match v:
        case sys.maxsize:
            return 'maxsize'
    return 'not maxsize'
print(module_value(0))
match None:
    case None:
        print('None is matched by identity')
match []:
    case ():
        print('() pattern matches an empty list')
match (1, 2):
    case [1, 2]:
        print('[] pattern matches a tuple')
