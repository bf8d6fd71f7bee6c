# type, isinstance, issubclass, callable, getattr and friends.
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(print))
print(isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, int)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(KeyError, LookupError))

class A:
    x = 1
    def m(self):
        return "m"

a = A()
print(getattr(a, "x"), getattr(a, "m")(), getattr(a, "nope", None))
print(hasattr(a, "m"), hasattr(a, "nope"), hasattr(A, "x"))
setattr(A, "y", 2)
print(a.y, "y" in A.__dict__)
print(callable(A), callable(a), callable(a.m), callable(None))
print([n for n in dir(a) if not n.startswith("_")])
print(id(a) == id(a), id(a) != id(A()))
print(type("Dyn", (A,), {"z": 3})().z, type("Dyn", (), {}).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
