def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'yes'
    def __subclasscheck__(cls, sub):
        return sub is int
class Check(metaclass=Meta): pass
print(isinstance('yes', Check), isinstance('no', Check), issubclass(int, Check), issubclass(str, Check))
print(isinstance(Check(), Check))
class MroEntries:
    def __mro_entries__(self, bases):
        return (dict,)
class FromEntries(MroEntries()):
    pass
print(FromEntries.__mro__, type(FromEntries.__orig_bases__[0]).__name__)
t(lambda: type('X', (MroEntries(),), {}))
class BadEntries:
    def __mro_entries__(self, bases):
        return 5
def mk():
    class Y(BadEntries()): pass
t(mk)
def mk2():
    class Z(5): pass
t(mk2)
def mk3():
    class Z(object, object): pass
t(mk3)
class D:
    def __set_name__(self, owner, name):
        print('set_name via type()', owner.__name__, name)
T = type('T', (), {'d': D()})
class Sub:
    def __init_subclass__(cls, **kw):
        print('init_subclass via type()', cls.__name__, kw)
T2 = type('T2', (Sub,), {})
class SM:
    @staticmethod
    def s():
        return 'static'
    @classmethod
    def c(cls):
        return cls.__name__
print(SM.s(), SM.__dict__['s'](), SM.c.__name__, SM.__dict__['c'].__wrapped__.__name__ if hasattr(SM.__dict__['c'], '__wrapped__') else '')
print(SM.__dict__['s'].__name__, SM.__dict__['s'].__qualname__, SM.__dict__['c'].__isabstractmethod__)
t(lambda: classmethod(1)())
t(lambda: staticmethod(1)())
print(repr(staticmethod(len))[:28], repr(classmethod(len))[:28])
class CC:
    @classmethod
    @classmethod
    def double(cls):
        return cls
t(lambda: CC.double())
class PropAbs:
    @property
    def p(self):
        return 1
print(PropAbs.p.__isabstractmethod__)
def abstract(f):
    f.__isabstractmethod__ = True
    return f
class WithAbs:
    @property
    @abstract
    def q(self):
        return 1
print(WithAbs.q.__isabstractmethod__)
p = property(lambda s: 1, doc='explicit')
print(p.__doc__)
class PDoc:
    def g(self):
        "getter doc"
        return 1
    x = property(g)
print(PDoc.x.__doc__)
t(lambda: property(1, 2, 3, 4, 5))
print(property().getter(len).fget is len)
class Weak:
    __slots__ = ('__weakref__', 'v')
w = Weak()
print(w.__weakref__, hasattr(w, '__dict__'))
class NoWeak:
    __slots__ = ()
t(lambda: NoWeak().__weakref__)
print(type(Weak.__dict__['__weakref__']).__name__)
class Cnt:
    n = 0
    def __new__(cls, *a):
        cls.n += 1
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
Cnt(1); Cnt(2)
print(Cnt.n)
t(lambda: super(Cnt, Cnt).__new__(Cnt, 1))
t(lambda: object.__new__(Cnt, 1))
class InitOnly:
    def __init__(self, x): self.x = x
print(object.__new__(InitOnly).__class__.__name__)
t(lambda: type(object.__new__(InitOnly, 1)).__name__)
class NewAndInit:
    def __new__(cls, *a): return super().__new__(cls, *a)
t(lambda: NewAndInit(1))
