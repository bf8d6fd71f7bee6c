# The errors of import and from-import, caught and shown.
import sys


def show(e):
    here = __file__.rsplit("/", 1)[0]
    print(type(e).__name__ + ":", str(e).replace(here, "<here>"))


try:
    import no_such_module
except ModuleNotFoundError as e:
    show(e)
    print(e.name, e.path, isinstance(e, ImportError))
try:
    import mods.no_such_sub
except ImportError as e:
    show(e)
    print(e.name)
try:
    import mods.counter.deeper
except ImportError as e:
    show(e)
try:
    from mods.counter import no_such_name
except ImportError as e:
    show(e)
    print(e.name, e.path.endswith("counter.py"), type(e) is ImportError)
try:
    from mods import no_such_thing
except ImportError as e:
    show(e)
    print(e.name, e.path.endswith("mods/__init__.py"))
try:
    from sys import no_such_sys_name
except ImportError as e:
    show(e)
    print(e.name, e.path)
try:
    import sys.path
except ImportError as e:
    show(e)

# None in sys.modules blocks an import
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    show(e)
    print(type(e).__name__, e.name)
del sys.modules["blocked"]

# anything in sys.modules is what import gives
sys.modules["not_a_module"] = [1, 2, 3]
import not_a_module
print(not_a_module)
try:
    from not_a_module import anything
except ImportError as e:
    show(e)
print("done")
