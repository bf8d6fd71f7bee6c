log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, kw))
        d = {'injected': 1}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, sorted(ns), kw))
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(('call', cls.__name__, a))
        return super().__call__(*a, **k)

class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v=0):
        self.v = v
for entry in log:
    print(entry)
log.clear()
a = A(5)
print(log, a.v, A.extra, A.injected, type(A).__name__)

class B(A, other=2):
    pass
print(B.extra, type(B) is Meta)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Recorder(dict):
            def __init__(self):
                super().__init__()
                self.order = []
            def __setitem__(self, k, v):
                self.order.append(k)
                super().__setitem__(k, v)
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class R(metaclass=OrderedMeta):
    b = 1
    a = 2
    def c(self): pass
print(R.order)

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
t(lambda: type('C3', (C1, C2), {}))
def make():
    class C3(C1, C2): pass
t(make)
def kw_to_type():
    class K(flag=1): pass
t(kw_to_type)

class Single(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*a)
        return cls.instances[cls]
class Conf(metaclass=Single):
    def __init__(self):
        print('Conf init')
print(Conf() is Conf())

def func_meta(name, bases, ns, **kw):
    return (name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
class F(metaclass=func_meta, z=3):
    y = 1
print(F)

class Sub(M1):
    def __new__(m, name, bases, ns):
        ns['added'] = name.lower()
        return super().__new__(m, name, bases, ns)
class S1(metaclass=Sub): pass
class S2(S1): pass
print(S1.added, S2.added, type(S2).__name__)

class Repr(type):
    def __repr__(cls):
        return '<cls ' + cls.__name__ + '>'
    def __len__(cls):
        return 7
    def __getitem__(cls, i):
        return i * 2
    def __iter__(cls):
        return iter([1, 2])
class W(metaclass=Repr): pass
print(repr(W), len(W), W[4], list(W), str(W))

class NsCheck(type):
    def __new__(m, name, bases, ns):
        print(sorted(ns))
        return super().__new__(m, name, bases, ns)
class N(metaclass=NsCheck):
    "doc"
    def m(self): pass
class BadPrep(type):
    @classmethod
    def __prepare__(m, name, bases):
        return 5
def bad_prepare():
    class X(metaclass=BadPrep): pass
t(bad_prepare)
print(type.__prepare__('x', ()))
t(lambda: type.__new__(5, 'x', (), {}))
t(lambda: type.__new__(type, 'x', (), {}, extra=1))
