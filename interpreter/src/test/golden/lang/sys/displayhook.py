# sys.displayhook and sys.excepthook called directly.
import sys
import builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
print(repr(builtins._))
sys.displayhook([1, 2])
print(sys.displayhook is sys.__displayhook__, callable(sys.excepthook))
try:
    raise ValueError("shown by excepthook")
except ValueError:
    sys.excepthook(*sys.exc_info())
print("after excepthook")
try:
    sys.displayhook()
except TypeError as e:
    print(type(e).__name__, e)
