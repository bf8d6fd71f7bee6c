class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__
    @staticmethod
    def s():
        return 'A.s'
    @property
    def p(self):
        return 'A.p'
    x = 'A.x'

class B(A):
    def f(self):
        return 'B.f>' + super().f()
    @classmethod
    def c(cls):
        return 'B.c>' + super().c()
    @staticmethod
    def s():
        return 'B.s>' + super(B, B).s()
    @property
    def p(self):
        return 'B.p>' + super().p
    def nested(self):
        def inner():
            return super(B, self).f()
        return inner()
    def lam(self):
        return (lambda: super(B, self).f())()
    def comp(self):
        return [super().f() for _ in range(1)]
    def gen(self):
        yield super().f()
    x = 'B.x'
    def attr(self):
        return super().x

b = B()
print(b.f(), B.c(), b.c(), B.s(), b.p, b.nested(), b.lam(), b.comp(), list(b.gen()), b.attr())
print(super(B, b).f(), super(B, B).c(), super(B, b).x)
sp = super(B, b)
print(type(sp).__name__, sp.__thisclass__.__name__, sp.__self__ is b, sp.__self_class__.__name__)
print(repr(super(B)).startswith('<super: <class'), repr(super(B, b))[:30])
u = super(B)
print(u.__self__, u.__thisclass__.__name__)

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class C(A):
    def nested(self):
        def inner():
            return super().f()
        return inner()
    @staticmethod
    def st():
        return super().f()
    def noarg():
        return super().f()
    def sub_del(self):
        del __class__
        return super().f()

t(lambda: C().nested())
t(lambda: C.st())
t(lambda: C.noarg())
t(lambda: super(C, 5))
t(lambda: super(5, C()))
t(lambda: super(int, 'x'))
t(lambda: super().f())
t(lambda: super(C, C()).nothing)
t(lambda: super(A, A()).f())

def free():
    return super()
t(free)

class D(A):
    def f(self):
        __class__
        return super().f()
print(D().f())

class E(A):
    def f(self):
        return __class__.__name__
print(E().f())

class G(A):
    def __init__(self):
        super().__init__()
        self.v = 1
    def __repr__(self):
        return 'G(' + super().__repr__()[:3] + ')'
print(G().v, repr(G()))

class H(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
h = H()
h['a'] = 5
print(h['a'], dict(h))

class P:
    def __init__(self, x):
        self.x = x
class Q(P):
    def __init__(self, x, y):
        super(Q, self).__init__(x)
        self.y = y
q = Q(1, 2)
print(q.x, q.y)
class S(A):
    def f(self):
        self = 5
        return super().f()
t(lambda: S().f())
