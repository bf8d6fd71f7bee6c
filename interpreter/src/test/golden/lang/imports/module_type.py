# The module type itself: making modules at run time and putting them in sys.modules.
import sys
ModuleType = type(sys)
m = ModuleType("dynamic")
print(m, m.__name__, m.__doc__, m.__dict__)
documented = ModuleType("documented", "its doc")
print(documented.__doc__, repr(documented))
m.value = 5
m.helper = lambda x: x * 2
sys.modules["dynamic"] = m
from dynamic import value, helper
import dynamic
print(value, helper(21), dynamic is m)
try:
    ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ModuleType(5)
except TypeError as e:
    print(type(e).__name__, e)
print(ModuleType.__name__, ModuleType, isinstance(sys, ModuleType))
nameless = ModuleType("temp")
del nameless.__name__
print(repr(nameless))
try:
    nameless.anything
except AttributeError as e:
    print(type(e).__name__, e)
m.__getattr__ = lambda name: "dynamic " + name
print(m.missing)
print(dir(m))
