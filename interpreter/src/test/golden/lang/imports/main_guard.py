# __name__ is "__main__" for the program and the module's name otherwise.
import sys
import mods.guarded
print(mods.guarded.greet("world"))
print(__name__, mods.guarded.__name__)
if __name__ == "__main__":
    print("main guard taken")
import __main__
print(__main__ is sys.modules["__main__"], __main__.__dict__ is globals())
print(__main__.__name__, __main__.__file__ == __file__)
print(__package__, __spec__, __loader__ is None or True)
print(sorted([k for k in globals() if k.startswith("__") and k != "__loader__"]))
marker = "set in main"
print(__main__.marker)
