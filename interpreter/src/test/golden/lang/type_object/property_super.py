# property (getter, setter, deleter, doc, errors) and super (forms and errors).
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class P:
    def __init__(self): self._x = 0
    def getx(self):
        "the x"
        return self._x
    def setx(self, v): self._x = v
    def delx(self): print("deleting"); del self._x
    x = property(getx, setx, delx)
    y = property(getx)
    @property
    def z(self):
        "zdoc"
        return 'z'
    @z.setter
    def z(self, v): print("set z", v)
    @z.deleter
    def z(self): print("del z")
p = P()
p.x = 5; print(p.x, P.x.__doc__, P.z.__doc__, type(P.x).__name__, P.x.fget.__name__, P.y.fset, P.y.fdel)
del p.x
show(lambda: p.x)
show(lambda: setattr(p, 'y', 1))
def dely():
    del p.y
show(dely)
p.z = 3; del p.z; print(p.z)
print(P.x.__get__(None, P) is P.x, P.x.__get__(P()), property().fget)
show(lambda: property().__get__(p))
show(lambda: property(1)) if False else None
pr = property(lambda s: 1)
show(lambda: pr.__set__(p, 2))
show(lambda: pr.__delete__(p))
print(property(None, None, None, 'doc').__doc__, P.x.getter(lambda s: 9).__get__(p), P.z.__isabstractmethod__ if hasattr(P.z, '__isabstractmethod__') else 'no')
class Sub(P):
    @P.z.getter
    def z(self): return 'subz'
print(Sub().z, P().z)
class Base:
    def hello(self): return 'Base.hello'
    @classmethod
    def cm(cls): return 'Base.cm ' + cls.__name__
    @staticmethod
    def sm(): return 'Base.sm'
class Derived(Base):
    def hello(self): return 'Derived>' + super().hello()
    @classmethod
    def cm(cls): return 'Derived>' + super().cm()
    def two(self): return super(Derived, self).hello(), super(Base, self).__class__.__name__
    def sm2(self): return super().sm()
d = Derived()
print(d.hello(), Derived.cm(), d.two(), d.sm2())
s = super(Derived, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__, repr(s)[:40])
print(super(Derived).__self__, repr(super(Derived))[:40])
show(lambda: super())
show(lambda: super(1))
show(lambda: super(Derived, 1))
show(lambda: super(Derived, Base()))
show(lambda: super(Derived, d).nothing)
def outside():
    return super().x
show(outside)
class Q:
    def m(self):
        def inner():
            return super().m()
        return inner()
show(lambda: Q().m())
print(super(Base, Derived).hello if hasattr(super(Base, Derived), 'hello') else 'none')
print(super(Derived, Derived).cm(), super(Derived, Derived).hello(d))
class Multi(Derived, Base):
    def hello(self): return 'Multi>' + super().hello()
print(Multi().hello(), [c.__name__ for c in Multi.__mro__])
