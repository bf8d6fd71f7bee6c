def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# metaclass conflicts, __call__ overrides, class keyword edge
class M(type):
    def __call__(cls, *a, **k):
        return 'intercepted'
class A(metaclass=M): pass
print(type(A()).__name__)
t(lambda: type(type.__call__(A)).__name__)
print(type(A).__name__, type(A).__mro__)
class B: pass
t(lambda: B.__mro__.__class__)
t(lambda: setattr(B, '__name__', 5))
B.__name__ = 'Renamed'
print(B, B.__qualname__)
B.__qualname__ = 'Q.R'
print(B.__qualname__, repr(B))
t(lambda: setattr(B, '__qualname__', 1))
t(lambda: setattr(B, '__mro__', ()))
t(lambda: delattr(B, '__name__'))
B.__doc__ = 'd'
print(B.__doc__)
t(lambda: setattr(int, '__doc__', 'x'))
print(type.__name__, type.__qualname__, int.__module__, B.__module__)
B.__module__ = 'mymod'
print(repr(B))
print(B.__dict__['__module__'])
t(lambda: type('X', (), {'__qualname__': 5}))
X = type('X', (), {'__qualname__': 'Outer.X', '__module__': 'm'})
print(X.__qualname__, X.__module__, repr(X))
t(lambda: type('X\x00', (), {}))
class WithCall:
    def __call__(self):
        return 'inst call'
print(WithCall()())
print(callable(WithCall), callable(WithCall()))
class Prep(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print('prepare kw', kw)
        return {}
    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Q(metaclass=Prep, a=1):
    pass
t(lambda: type.__init__(Q, 'x', (), {}, extra=1))
t(lambda: type.__init__(Q, 1, 2))
t(lambda: type('a', (), {}, x=1))
print(isinstance(Q, Prep), issubclass(Prep, type))
class Abstractish:
    def __init_subclass__(cls, required=True, **kw):
        super().__init_subclass__(**kw)
        if required and not hasattr(cls, 'run'):
            raise TypeError(f"{cls.__name__} must define run")
def mk():
    class Bad(Abstractish): pass
t(mk)
class Good(Abstractish):
    def run(self): pass
print('good ok')
print(object.__init_subclass__.__name__)
t(lambda: object.__init_subclass__(1))
print(type(object.__dict__['__init_subclass__']).__name__)
