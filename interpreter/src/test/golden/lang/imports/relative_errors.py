# Relative imports where there is no package to be relative to.
import sys


def show(e):
    print(type(e).__name__ + ":", e)


try:
    from . import anything
except ImportError as e:
    show(e)
try:
    from .sibling import x
except ImportError as e:
    show(e)
try:
    exec_level = __import__("counter", globals(), None, ["x"], 1)
except ImportError as e:
    show(e)
try:
    import mods.sub.climb
except ImportError as e:
    show(e)
print("mods.sub.climb" in sys.modules)
try:
    __import__("x", {"__package__": 5}, None, None, 1)
except TypeError as e:
    show(e)
try:
    __import__("x", {}, None, None, 1)
except KeyError as e:
    show(e)
try:
    __import__("x", {"__name__": "top"}, None, None, 1)
except ImportError as e:
    show(e)
print(__import__("counter", {"__name__": "mods.anything"}, None, None, 1).__name__)
print(__import__("", {"__package__": "mods.sub"}, None, None, 1).__name__)
print(__import__("", {"__package__": "mods.sub"}, None, None, 2).__name__)
