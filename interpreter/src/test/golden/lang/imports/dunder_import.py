# __import__ itself, and replacing it in builtins.
import builtins
top = __import__("mods.sub.leaf")
print(top.__name__, top.sub.leaf.__name__)
print(__import__("mods.sub.leaf", fromlist=["grow"]).__name__)
print(__import__("mods.sub", fromlist=["leaf", "NAME"]).__name__)
print(__import__("mods", fromlist=["shapes"]).shapes.__name__)
print(__import__("mods", fromlist=["*"]).__name__)
print(__import__("mods", None, None, ("no_such_submodule",)).__name__)
try:
    __import__("mods", fromlist=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("mods", level="x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__()
except TypeError as e:
    print(type(e).__name__, e)

import mods.counter
seen = []
original = builtins.__import__


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import mods.counter
from mods import shapes
from mods.shapes import area as a, UNIT
import sys as system
builtins.__import__ = original
print(seen)
print(system.modules["mods.shapes"] is shapes)
del builtins.__import__
try:
    import anything
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = original
import mods.plain
print(mods.plain.alpha)
