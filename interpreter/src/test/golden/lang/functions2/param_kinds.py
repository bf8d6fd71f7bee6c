def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)

t(lambda: f(1, 2, 3, e=5))
t(lambda: f(1, 2, c=3, e=5))
t(lambda: f(1, 2, 3, 4, 5, 6, e=7, g=8))
t(lambda: f(1, 2, 3, e=5, a=9))
t(lambda: f(1, b=2, c=3, e=5))
t(lambda: f(1, 2, 3))
t(lambda: f(1))
t(lambda: f())
t(lambda: f(1, 2, 3, 4, e=1, c=5))

def po(a, b, /):
    return a + b
t(lambda: po(1, 2))
t(lambda: po(1, b=2))
t(lambda: po(a=1, b=2))
t(lambda: po(1))
t(lambda: po(1, 2, 3))

def po_kw(a, /, **kw):
    return a, kw
t(lambda: po_kw(1, a=2))

def kwonly(*, x, y=2):
    return x, y
t(lambda: kwonly(x=1))
t(lambda: kwonly(1))
t(lambda: kwonly())
t(lambda: kwonly(y=3))
t(lambda: kwonly(x=1, z=3))

def kwonly2(*, x, y, z):
    return x
t(lambda: kwonly2())
t(lambda: kwonly2(y=1))

def pos3(a, b, c):
    return a
t(lambda: pos3())
t(lambda: pos3(1))
t(lambda: pos3(1, 2))
t(lambda: pos3(1, 2, 3, 4))
t(lambda: pos3(1, 2, 3, 4, 5))
t(lambda: pos3(1, 2, c=3, b=4))
t(lambda: pos3(1, 2, 3, d=4))
t(lambda: pos3(1, 2, 3, **{'d': 4, 'e': 5}))

def defs(a, b=1, c=2):
    return a, b, c
t(lambda: defs())
t(lambda: defs(1, 2, 3, 4))
t(lambda: defs(1, 2, 3, 4, 5))
t(lambda: defs(1, c=5))

def none():
    return 0
t(lambda: none(1))
t(lambda: none(1, 2))
t(lambda: none(x=1))

def one(a):
    return a
t(lambda: one(1, 2))
t(lambda: one(b=1))

def kwpos(a, *, b):
    return a, b
t(lambda: kwpos(1, 2))
t(lambda: kwpos(1, 2, 3))
t(lambda: kwpos(1, 2, b=3))

def defkw(a, b=2, *, c):
    return a
t(lambda: defkw(1, 2, 3))
t(lambda: defkw(1, 2, 3, 4))

def star(*args, **kwargs):
    return args, kwargs
t(lambda: star())
t(lambda: star(1, *[2, 3], *(4,), x=1, **{'y': 2}))
t(lambda: star(**{'a': 1}, **{'a': 2}))
t(lambda: star(*5))
t(lambda: star(**5))
t(lambda: star(**{1: 2}))

class M:
    def m(self, a, b=2):
        return a, b
    def n(self):
        return 1
    @classmethod
    def c(cls, x):
        return cls.__name__, x
    @staticmethod
    def s(x, y):
        return x, y

o = M()
t(lambda: o.m())
t(lambda: o.m(1, 2, 3))
t(lambda: o.n(1))
t(lambda: M.m())
t(lambda: M.m(o))
t(lambda: M.c())
t(lambda: M.c(1, 2))
t(lambda: M.s(1))
t(lambda: o.s(1, 2, 3))
t(lambda: o.m(1, a=2))
t(lambda: M.n())
