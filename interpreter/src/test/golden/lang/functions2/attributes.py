def f(a, b: int = 3, *args: str, c: 'x' = 5, **kw) -> list:
    "doc of f"
    return a

print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(f.__dict__)
f.extra = 1
print(f.__dict__, f.extra)
f.__name__ = 'g'
print(f.__name__, f.__qualname__)
f.__qualname__ = 'Q.g'
print(f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    f.__qualname__ = 5
except TypeError as e:
    print('TypeError', e)
f.__defaults__ = (10,)
print(f(1) , f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
try:
    f.__defaults__ = 5
except TypeError as e:
    print('TypeError', e)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try:
    f.__kwdefaults__ = 5
except TypeError as e:
    print('TypeError', e)
f.__doc__ = 'new'
print(f.__doc__)

def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__annotations__)
def h(*, k=1):
    pass
print(h.__kwdefaults__, h.__defaults__)

class C:
    def m(self):
        def inner():
            pass
        return inner
    class D:
        def n(self):
            pass
print(C.m.__qualname__, C().m().__qualname__, C.D.n.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)

def outer():
    return lambda: 0
print(outer().__qualname__)

def wrap(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__qualname__ = fn.__qualname__
    return wrapper

@wrap
def hello(x):
    "says hello"
    return 'hello ' + x
print(hello('w'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(hello.__wrapped__ is not hello)

try:
    del f.__name__
except TypeError as e:
    print('TypeError', e)
del f.extra
print(f.__dict__)
try:
    f.nothing
except AttributeError as e:
    print('AttributeError', e)
f.__annotations__ = {'a': 1}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
print(type(f.__code__).__name__, f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
print(f.__globals__ is globals())
print(f.__closure__)
def mk():
    x = 1
    def k():
        return x
    return k
k = mk()
print(len(k.__closure__), k.__closure__[0].cell_contents, k.__code__.co_freevars)
print(callable(f), type(f).__name__)
print(f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)
