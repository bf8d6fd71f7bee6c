# isinstance/issubclass with tuples, unions, __instancecheck__/__subclasscheck__, and errors.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (bytes, int))))
print(isinstance(1, int | str), isinstance('a', int | None), isinstance(None, int | None), isinstance(1.0, ()))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(bool, int | str), issubclass(int, ()))
show(lambda: isinstance(1, 1))
show(lambda: isinstance(1, (int, 1)))
show(lambda: isinstance(1, [int]))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: isinstance(1, list[int]))
show(lambda: isinstance())
show(lambda: isinstance(1))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance(42, Magic), isinstance(41, Magic), isinstance(Magic(), Magic))
print(issubclass(str, Magic), issubclass(int, Magic), issubclass(Magic, Magic))
print(isinstance(42, (int, Magic)), isinstance('x', (Magic, str)))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), isinstance(Fake(), Fake))
class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), isinstance(B(), A), issubclass(B, (int, A)), issubclass(B, B))
class BasesOnly:
    __bases__ = (A,)
show(lambda: issubclass(BasesOnly(), A))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
u = int | str
print(u, type(u).__name__, u.__args__, int | str == str | int, (int | None), int | int)
show(lambda: int | 3)
