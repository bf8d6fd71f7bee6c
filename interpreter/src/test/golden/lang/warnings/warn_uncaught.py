# a warning turned into an error by a filter ends the program with a traceback
import warnings

def load(config):
    if "old" in config:
        warnings.warn("the 'old' key is deprecated; use 'new'", DeprecationWarning, stacklevel=2)
    return config

print(load({"new": 1}))
print(load({"old": 1}))           # shown: DeprecationWarning in __main__
warnings.simplefilter("error")
try:
    load({"old": 2})
except DeprecationWarning as e:
    print("caught:", e)

class Settings:
    def __bool__(self):
        return NotImplemented.__bool__()

def check(s):
    if s:
        return "truthy"
    return "falsy"

print(load({"fine": 0}))
print(check(Settings()))
