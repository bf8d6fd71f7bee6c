calls = []

def log(fn):
    def inner(*a, **k):
        calls.append(fn.__name__)
        return fn(*a, **k)
    return inner

def repeat(n):
    print('repeat factory', n)
    def deco(fn):
        print('repeat deco', fn.__name__)
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco

def order(tag):
    print('eval', tag)
    def deco(fn):
        print('apply', tag)
        return fn
    return deco

@order('a')
@order('b')
@order('c')
def stacked():
    return 'stacked'
print(stacked())

@log
@repeat(3)
def twice(x):
    return x * 2
print(twice(4), calls)

class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)

@Counter
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.count, type(add).__name__)

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
reg = {}
@register(reg)
class A:
    pass
@register(reg)
class B:
    pass
print(sorted(reg))

@(lambda f: f())
def immediate():
    return 42
print(immediate)

decos = [order('x'), order('y')]
@decos[0]
@decos[1]
def viasub():
    return 1
print(viasub())

class W:
    @property
    @log
    def p(self):
        return 'p'
    @staticmethod
    @log
    def s():
        return 's'
    @classmethod
    @log
    def c(cls):
        return cls.__name__
print(W().p, W.s(), W.c(), calls)

def deco_returns_none(fn):
    return None
@deco_returns_none
def gone():
    pass
print(gone)

def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

try:
    @5
    def bad():
        pass
except TypeError as e:
    print('TypeError', e)
