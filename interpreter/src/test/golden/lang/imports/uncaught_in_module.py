# An uncaught error raised inside an imported module's function: the traceback shows both files.
from mods.deep_error import outer

print(outer({"missing": 1}))
print(outer({"present": 2}))
