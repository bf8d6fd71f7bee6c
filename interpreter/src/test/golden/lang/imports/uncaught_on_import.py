# A module that raises while it is imported, uncaught: the traceback goes through its body.
print("before")
import mods.raises_on_import
print("never")
