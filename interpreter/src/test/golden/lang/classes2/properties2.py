def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError('negative')
        self._x = v
    @x.deleter
    def x(self):
        print('deleting')
        del self._x
    @property
    def ro(self):
        return 'ro'
    def _get(self):
        return 'got'
    old = property(_get, None, None, 'old doc')

c = C()
c.x = 5
print(c.x, C.x.__doc__, C.old.__doc__, c.old)
t(lambda: setattr(c, 'x', -1))
del c.x
t(lambda: c.x)
t(lambda: setattr(c, 'ro', 1))
t(lambda: delattr(c, 'ro'))
t(lambda: setattr(c, 'old', 1))
t(lambda: delattr(c, 'old'))
p = property()
class E:
    a = p
t(lambda: E().a)
t(lambda: setattr(E(), 'a', 1))
print(type(C.x).__name__, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__, C.ro.fset)
print(isinstance(C.__dict__['x'], property))
class Named:
    @property
    def v(self):
        return 1
print(Named.v.__name__ if hasattr(Named.v, '__name__') else 'no name')

class Sub(C):
    @C.x.getter
    def x(self):
        return 'sub ' + str(self._x)
s = Sub()
s.x = 3
print(s.x)

class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, l.calls)
t(lambda: setattr(l, 'value', 1))

class AttrErr:
    @property
    def bad(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback ' + name
print(AttrErr().bad)

class Cm:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
class Cm2(Cm): pass
print(type(Cm.make()).__name__, type(Cm2.make()).__name__, Cm.count, Cm2.count)
print(Cm.helper(2), Cm().helper(3))
sm = Cm.__dict__['helper']
cm = Cm.__dict__['make']
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__)
print(sm(5), callable(cm))
print(staticmethod(len)('abc'), classmethod(lambda c: c).__get__(None, int)())
print(Cm.make.__self__ is Cm, Cm.make.__func__ is cm.__func__)
t(lambda: property(5).__get__(1))
t(lambda: property(fget=len).__get__('abcd'))
