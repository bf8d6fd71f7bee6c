# warnings.deprecated (PEP 702, new in 3.13): functions, classes, subclasses, methods
import warnings
from warnings import deprecated

@deprecated("use g instead")
def f(x):
    "doc of f"
    return x * 2

print(f(3), f.__name__, f.__doc__, f.__deprecated__, f.__wrapped__.__name__, f.__qualname__, f.__module__)
print(f(4))

@deprecated("Old is old", category=FutureWarning)
class Old:
    def __init__(self, v):
        self.v = v

o = Old(5)
print(o.v, Old.__deprecated__)
class Sub(Old):
    pass
s = Sub(6)
print(s.v)

@deprecated("no category", category=None)
def quiet():
    return "quiet"
print(quiet(), quiet.__deprecated__)

@deprecated("plain class")
class Plain:
    pass
Plain()
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)

for bad in [lambda: deprecated(3), lambda: deprecated("m")(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

class K:
    @deprecated("method")
    def m(self):
        return "m"
print(K().m())
print(repr(deprecated("x"))[:30])

@deprecated("has its own __new__ and __init_subclass__")
class Custom:
    def __new__(cls, *args):
        print("Custom.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init_subclass__(cls, tag=None, **kw):
        print("init_subclass", cls.__name__, tag)
        super().__init_subclass__(**kw)

Custom(1, 2)
class Tagged(Custom, tag="t"):
    pass
Tagged(3)
print(Custom.__deprecated__, Custom.__new__.__deprecated__)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f(1)
    Old(1)
    @deprecated("deeper", stacklevel=2)
    def deeper():
        pass
    def caller():
        deeper()
    caller()
print([(m.category.__name__, str(m.message), m.lineno) for m in log])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f(2)
    except DeprecationWarning as e:
        print("error:", e)
print("end")
