# import, import as, from-import, caching in sys.modules, module objects.
import sys
import mods.counter
import mods.counter as c2
from mods.counter import bump, total as total_at_import
from mods import counter as c3
import mods

print(mods.counter is c2 is c3)
print(bump(), bump(5), mods.counter.total, total_at_import)
print(c2.loads, c2.__name__, c2.__package__)
print(c2.__file__.endswith("mods/counter.py"), c2.__file__.startswith("/"))
print(sys.modules["mods.counter"] is c2, "mods" in sys.modules)
print(type(c2).__name__, type(c2) is type(sys))
print(repr(sys), repr(__import__("builtins")))
print(repr(c2).replace(__file__.rsplit("/", 1)[0], "<here>"))
print(hasattr(c2, "__spec__"), hasattr(c2, "__loader__"), hasattr(c2, "__cached__"))

# importing again does not run the body again
import mods.counter
import mods.counter as again
print(again is c2, again.loads)

# a module's namespace is its __dict__
print(sorted([k for k in vars(c2) if not k.startswith("__")]))
print(c2.__dict__ is vars(c2), c2.__dict__["total"])
c2.extra = "set from outside"
print(mods.counter.extra, "extra" in dir(c2))
del c2.extra
print(hasattr(mods.counter, "extra"))
try:
    c2.nothing
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is c2)
try:
    del c2.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# the package attribute and the module are the same object
print(mods.counter is sys.modules["mods"].counter, mods.LEVEL)
print(mods.__path__[0].endswith("mods"), mods.__file__.endswith("mods/__init__.py"), mods.__package__)
