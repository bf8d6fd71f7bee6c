# Module __getattr__ and __dir__ (PEP 562), dir() of modules.
import mods.lazy as lazy
print(lazy.eager, lazy.auto_thing, lazy.auto_x)
print(sorted(lazy._computed))
print(dir(lazy))
print(getattr(lazy, "auto_default", "no"), hasattr(lazy, "auto_yes"), hasattr(lazy, "plain"))
try:
    lazy.plain
except AttributeError as e:
    print(type(e).__name__, e)
from mods.lazy import auto_imported
print(auto_imported)
try:
    from mods.lazy import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

import mods.plain as plain
print(dir(plain)[-4:])
print([n for n in dir(plain) if n.startswith("__")][:6])
