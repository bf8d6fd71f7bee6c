# A from-import of a name the other module has not defined yet.
import sys
try:
    import mods.circ_a
except ImportError as e:
    print(type(e).__name__ + ":", str(e).replace(__file__.rsplit("/", 1)[0], "<here>"))
    print(e.name, e.path.endswith("circ_a.py"))
print("mods.circ_a" in sys.modules, "mods.circ_b" in sys.modules)
import mods.half
print(mods.half.value)
import mods.circ_a
