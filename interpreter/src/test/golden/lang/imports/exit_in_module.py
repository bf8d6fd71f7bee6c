# sys.exit called while a module is being imported ends the program with that status.
print("importing")
import sys
sys.modules.pop("mods.stops", None)
import mods.stops
print("not reached")
