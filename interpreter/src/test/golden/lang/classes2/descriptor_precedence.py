class Data:
    def __get__(self, obj, owner):
        return 'data get'
    def __set__(self, obj, value):
        print('data set', value)
class NonData:
    def __get__(self, obj, owner):
        return 'nondata get'
class SetOnly:
    def __set__(self, obj, value):
        print('setonly set', value)
class DelOnly:
    def __get__(self, obj, owner):
        return 'delonly get'
    def __delete__(self, obj):
        print('delonly delete')

class C:
    d = Data()
    n = NonData()
    s = SetOnly()
    x = DelOnly()
c = C()
c.__dict__.update(d='inst d', n='inst n', s='inst s', x='inst x')
print(c.d, c.n, c.s, c.x)
c.d = 1
c.s = 2
del c.x
print(C.d, C.n, type(C.s).__name__)
c.n = 'set n'
print(c.n, c.__dict__['n'])
try:
    c.x = 5
except AttributeError as e:
    print('AttributeError', e)

class Meta(type):
    md = Data()
    mn = NonData()
class K(metaclass=Meta):
    mn = 'class mn'
print(K.md, K.mn)
K.md = 3

class GetNone:
    def __get__(self, obj, owner=None):
        return (obj is None, owner.__name__ if owner else None)
class H:
    g = GetNone()
print(H.g, H().g, GetNone().__get__(None, H), GetNone().__get__(1))

class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, owner):
        print('get', self.name, obj is not None)
        return self
    def __call__(self, *a):
        return ('called', self.name, len(a))
class V:
    v = Verbose('v')
print(V().v(1, 2))
print(V.v())

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.key = '_' + name
    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__.get(self.key)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.key[1:]} must be {self.kind.__name__}, not {type(value).__name__}')
        obj.__dict__[self.key] = value
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
pp = Person('ann', 30)
print(pp.name, pp.age, sorted(pp.__dict__))
try:
    Person('bob', 'old')
except TypeError as e:
    print('TypeError', e)

import sys
class Fn:
    def meth(self):
        return self
f = Fn.__dict__['meth']
print(f.__get__(None, Fn) is f, f.__get__(5)(), type(f.__get__(5)).__name__)
print(len.__get__ if hasattr(len, '__get__') else 'builtin functions have no __get__')
print(type(str.upper).__name__, type('a'.upper).__name__, type(str.__dict__['upper']).__name__)
print(str.upper.__get__('x')(), type(int.__add__).__name__, type((1).__add__).__name__)
try:
    str.upper.__get__(5)
except TypeError as e:
    print('TypeError', e)
try:
    str.upper(5)
except TypeError as e:
    print('TypeError', e)
try:
    int.__add__('a', 1)
except TypeError as e:
    print('TypeError', e)
