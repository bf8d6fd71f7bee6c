# import binds a name in the scope where it runs.
def load():
    import mods.shapes
    from mods.shapes import area, Square
    return mods.shapes.UNIT, area(Square(5))


print(load())
print("mods" in globals(), "area" in globals())


class Holder:
    import mods.plain as plain_module
    from mods.plain import alpha


print(Holder.alpha, Holder.plain_module.beta)


def set_global():
    global counter_module
    import mods.counter as counter_module


set_global()
print(counter_module.__name__)


def uses_unbound():
    print(sys)
    import sys


try:
    uses_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
