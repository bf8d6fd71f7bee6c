# An uncaught error passing through three files: the program, a package and a module.
import mods.sub.leaf


def make():
    return mods.sub.leaf.grow(None).side * 2 + {}["x"]


print("making")
make()
