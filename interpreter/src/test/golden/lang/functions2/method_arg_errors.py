def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class K:
    def __init__(self, a, b=2):
        self.a = a
    def m0(self):
        return 'm0'
    def m1(self, x, /, y, *, z):
        return x, y, z
    def mv(self, *args, key):
        return args, key
    @classmethod
    def cm(cls, a):
        return a
    @staticmethod
    def sm(a, b=1):
        return a
    def __call__(self, x):
        return x

k = K(1)
t(lambda: K())
t(lambda: K(1, 2, 3))
t(lambda: K(a=1, c=2))
t(lambda: K(1, a=1))
t(lambda: k.m0(1))
t(lambda: k.m0(x=1))
t(lambda: k.m1())
t(lambda: k.m1(1))
t(lambda: k.m1(1, 2))
t(lambda: k.m1(1, 2, 3))
t(lambda: k.m1(x=1, y=2, z=3))
t(lambda: k.m1(1, y=2, z=3, w=4))
t(lambda: k.mv(1, 2))
t(lambda: k.mv(key=1, extra=2))
t(lambda: K.m1(k, 1, 2, z=3))
t(lambda: K.m1(1, 2, z=3))
t(lambda: K.cm())
t(lambda: k.cm(1, 2))
t(lambda: K.sm())
t(lambda: k.sm(1, 2, 3))
t(lambda: k())
t(lambda: k(1, 2))
t(lambda: K.m0())
t(lambda: K.__init__(k))
t(lambda: object.__init__(k, 1))
t(lambda: object.__new__(K, 1))
t(lambda: object())
t(lambda: object(1))
t(lambda: object.__new__())
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))
class NoInit:
    pass
t(lambda: NoInit(1))
t(lambda: NoInit(a=1))
class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(NewOnly(1)).__name__)
t(lambda: NewOnly())
class InitOnly:
    def __init__(self, x):
        pass
t(lambda: InitOnly.__new__(InitOnly, 1, 2) is not None)
class InitReturns:
    def __init__(self):
        return 5
t(lambda: InitReturns())
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('not called')
print(NewReturnsOther())

bound = k.m1
t(lambda: bound(1))
print(bound.__name__, bound.__qualname__)
def f(a, b, /, c):
    pass
t(lambda: f(1, 2, 3, 4))
t(lambda: f(1, b=2, c=3))
t(lambda: f(a=1, b=2, c=3))
def g(*, a):
    pass
t(lambda: g(1))
t(lambda: g(1, 2, a=3))
def h(a, *, b, c=1, d):
    pass
t(lambda: h(1))
t(lambda: h(1, 2, b=1, d=2))
def many(a, b, c, d, e):
    pass
t(lambda: many(1, 2))
t(lambda: many())
