def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
import sys
# function attribute edge cases
def f(a, b=1, *c, d, e=2, **g): pass
print(f.__code__.co_flags & 0x0C, f.__code__.co_nlocals, f.__code__.co_posonlyargcount)
t(lambda: setattr(f, '__code__', 5))
t(lambda: setattr(f, '__globals__', {}))
t(lambda: setattr(f, '__closure__', ()))
t(lambda: setattr(f, '__dict__', 5))
f.__dict__ = {'x': 1}
print(f.x)
t(lambda: setattr(f, '__annotations__', 5))
t(lambda: setattr(f, '__module__', 5) or f.__module__)
t(lambda: setattr(f, '__doc__', 5) or f.__doc__)
print(repr(f)[:12])
def g(): return 1
g.__code__ = (lambda: 2).__code__
print(g())
t(lambda: setattr(g, '__code__', (lambda x: x).__code__) or g())
def h(x): 
    def inner(): return x
    return inner
inn = h(1)
t(lambda: setattr(inn, '__code__', g.__code__))
print(f.__type_params__ if hasattr(f, '__type_params__') else None)
def kwd(*, a=1, b): pass
print(kwd.__kwdefaults__)
kwd.__kwdefaults__ = {'b': 5}
t(kwd)
def pos(a, b): return a, b
pos.__defaults__ = (9,)
print(pos(1))
pos.__defaults__ = (7, 8)
print(pos())
t(lambda: pos.__call__(1, 2, 3))
print(type(pos.__call__).__name__, type(pos.__get__).__name__)
print(pos.__get__(None, int) is pos)
m = pos.__get__(100)
print(m(), type(m).__name__)
t(lambda: m(1, 2))
print((lambda: 0).__code__.co_name, (lambda: 0).__code__.co_qualname if hasattr((lambda: 0).__code__, 'co_qualname') else '')
gen = (x for x in [])
print(type(gen).__name__, gen.__name__, gen.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__code__.co_qualname)
print(sorted(n for n in dir(f) if not n.startswith('__'))[:5])
print(f.__ne__(f), f == f, f != pos)
t(lambda: f < pos)
print(hash(f) == hash(f))
