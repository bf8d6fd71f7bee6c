# from module import *: __all__, or the names without a leading underscore.
from mods.shapes import *
print(Square(2), area(Square(3)), UNIT)
print("helper_value" in dir(), "_hidden" in dir(), "_private" in dir())

from mods.plain import *
print(alpha, beta, delta())
print("_gamma" in dir(), "_plain__dunder" in dir(), "__dunder" in dir())


def show(e):
    print(type(e).__name__ + ":", e)


try:
    from mods.bad_all import *
except AttributeError as e:
    show(e)
print(present)
try:
    from mods.bad_all_type import *
except TypeError as e:
    show(e)
print(ok)


class Namespace:
    exec_result = None


try:
    import mods.shapes as sh
    print(sorted(sh.__all__))
except ImportError as e:
    show(e)
print(sorted([n for n in dir() if not n.startswith("__")]))
