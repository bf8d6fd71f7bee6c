def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# decorators + class decorators + functools-free wraps
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f'-> {fn.__qualname__}{args}{kwargs if kwargs else ""}')
        r = fn(*args, **kwargs)
        print(f'<- {fn.__qualname__} = {r!r}')
        return r
    for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
        setattr(wrapper, attr, getattr(fn, attr))
    wrapper.__dict__.update(fn.__dict__)
    wrapper.__wrapped__ = fn
    return wrapper
class Calc:
    def __repr__(self):
        return 'Calc()'
    @trace
    def add(self, a, b=0):
        "adds"
        return a + b
    @classmethod
    @trace
    def make(cls):
        return cls()
    @staticmethod
    @trace
    def twice(x):
        return x * 2
c = Calc.make()
c.add(1, b=2)
Calc.twice(4)
print(Calc.add.__name__, Calc.add.__qualname__, Calc.add.__doc__, Calc.add.__wrapped__.__qualname__)
def unwrap(f):
    while hasattr(f, '__wrapped__'):
        f = f.__wrapped__
    return f
print(unwrap(Calc.add) is Calc.add.__wrapped__)
def add_method(cls):
    cls.extra = lambda self: 'extra on ' + type(self).__name__
    return cls
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    get.cls = cls
    return get
@singleton
@add_method
class Service:
    def __init__(self, name='svc'):
        self.name = name
s1, s2 = Service('a'), Service('b')
print(s1 is s2, s1.name, s1.extra(), Service.cls.__name__)
def param_deco(prefix, *, upper=False):
    def deco(fn):
        def inner(*a):
            r = prefix + fn(*a)
            return r.upper() if upper else r
        return inner
    return deco
@param_deco('hi ', upper=True)
def name(n):
    return n
print(name('bob'))
t(lambda: param_deco()(name))
def deco_with_state(fn):
    fn.calls = 0
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner
@deco_with_state
def noop():
    pass
noop(); noop()
print(noop.calls)
class cached_property_like:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    @cached_property_like
    def expensive(self):
        print('computing')
        return 42
d = Data()
print(d.expensive, d.expensive, type(Data.expensive).__name__)
