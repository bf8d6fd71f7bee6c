def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), P.__slots__)
t(lambda: p.y)
t(lambda: setattr(p, 'z', 1))
t(lambda: p.__dict__)
p.y = 2
del p.y
t(lambda: p.y)
t(lambda: delattr(p, 'y'))
print(type(P.x).__name__, P.x.__name__, P.x.__objclass__ is P)
print(P.x.__get__(p))

class Q(P):
    pass
q = Q(1)
q.z = 3
print(q.__dict__, q.x)

class R(P):
    __slots__ = ('z',)
r = R(1)
r.z = 2
print(r.x, r.z)
t(lambda: setattr(r, 'w', 1))

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a)

class Single:
    __slots__ = 'only'
s = Single()
s.only = 5
print(s.only, Single.__slots__)

def conflict():
    class X:
        __slots__ = ('a',)
        a = 1
t(conflict)
def dup():
    class X:
        __slots__ = ('a', 'a')
t(dup)
def badname():
    class X:
        __slots__ = ('1a',)
t(badname)
def badtype():
    class X:
        __slots__ = (1,)
t(badtype)
def nonempty_int():
    class X(int):
        __slots__ = ('a',)
t(nonempty_int)
def two_dicts():
    class X:
        __slots__ = ('__dict__', '__dict__')
t(two_dicts)

class Empty:
    __slots__ = ()
t(lambda: setattr(Empty(), 'a', 1))
class Lst:
    __slots__ = ['m', 'n']
l = Lst()
l.n = 1
print(l.n, Lst.__slots__)

class Priv:
    __slots__ = ('__secret',)
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
print(Priv().get(), sorted(k for k in Priv.__dict__ if 'secret' in k))
class WR:
    __slots__ = ('__weakref__',)
print(hasattr(WR(), '__dict__'))
t(lambda: object().x)
t(lambda: setattr(object(), 'x', 1))
