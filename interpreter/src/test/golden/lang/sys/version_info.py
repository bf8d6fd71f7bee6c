# sys.version_info, hexversion, implementation basics.
import sys
v = sys.version_info
print(v)
print(v.major, v.minor, v.micro, v.releaselevel, v.serial)
print(v[0], v[:2], v[-1], len(v), tuple(v))
print(v >= (3, 8), v < (3, 14), v == (3, 13, 2, "final", 0), v > (3, 13))
print(isinstance(v, tuple), type(v).__name__, type(v).__module__, repr(type(v)))
print(sys.hexversion, hex(sys.hexversion), sys.hexversion >= 0x030D0000)
print(sys.version.startswith("3.13.2"), sys.version_info.major == int(sys.version[0]))
print(sys.implementation.version == v, sys.implementation.hexversion == sys.hexversion)
a, b, *rest = v
print(a, b, rest)
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__)
try:
    type(v)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    v[5]
except IndexError as e:
    print(type(e).__name__, e)
print(v.count(3), v.index(13))
