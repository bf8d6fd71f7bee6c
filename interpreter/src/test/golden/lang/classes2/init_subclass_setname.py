class Plugin:
    registry = []
    def __init_subclass__(cls, /, kind='default', **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)

class A(Plugin): pass
class B(Plugin, kind='special'): pass
class C(B): pass
print(Plugin.registry, A.kind, B.kind, C.kind)

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def bad_kw():
    class D(Plugin, unknown=1): pass
t(bad_kw)
def obj_kw():
    class E(other=1): pass
t(obj_kw)

class Implicit:
    def __init_subclass__(cls):
        print('implicit classmethod', cls.__name__, type(Implicit.__dict__['__init_subclass__']).__name__)
class I2(Implicit): pass

class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Model:
    x = Field()
    y = Field()
m = Model()
m.x = 5
print(m.x, m.y, Model.x.name, m.__dict__)

f = Field()
class Late: pass
Late.z = f
print(hasattr(f, 'name'))

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('boom ' + name)
def boom():
    class X:
        b = Boom()
t(boom)

class NotCallable:
    __set_name__ = 5
def nc():
    class X:
        v = NotCallable()
t(nc)

class Tmpl:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Tmpl[int], Tmpl[1, 2], Tmpl['x'])
t(lambda: Model[int])
print(list[int], dict[str, int], type(list[int]).__name__)

class Meta(type):
    def __getitem__(cls, item):
        return 'meta ' + str(item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'cgi'
print(Both[1])

class Order:
    def __init_subclass__(cls, **kw):
        print('init_subclass sees', sorted(k for k in cls.__dict__ if not k.startswith('__')))
class Desc:
    def __set_name__(self, owner, name):
        print('set_name before init_subclass', name)
class O2(Order):
    d = Desc()
    e = 1
