import builtins

def gen():
    yield 1

async def coro():
    pass

class C:
    def m(self):
        pass

co = coro()
co.close()
d = {1: 2}
types = [
    object, type, int, bool, float, complex, str, bytes, bytearray, memoryview,
    list, tuple, range, slice, dict, type(d.keys()), type(d.values()), type(d.items()),
    type(iter(d)), type(iter(d.values())), type(iter(d.items())),
    type(reversed(d)), type(reversed(d.values())), type(reversed(d.items())),
    set, frozenset, enumerate, zip, map, filter, reversed, property, super,
    classmethod, staticmethod, type(None), type(NotImplemented), type(...),
    type(gen), type(C().m), type(gen.__code__), type(builtins), type(gen()), type(co),
    type(len), type([].append), type(list.append), type(int.__add__), type((1).__add__),
    type(int.real), type(C.__dict__['m'].__get__), type(iter([])), type(iter(())), type(iter('')),
    type(iter(range(3))), type(iter(set())), type(iter(b'')), type(iter(bytearray())),
    type(C.__dict__), type(type.__dict__['__name__']),
]
for T in types:
    print(T.__name__, sorted(dir(T)))
for name in sorted(dir(builtins)):
    v = getattr(builtins, name)
    if isinstance(v, type) and issubclass(v, BaseException):
        print(name, sorted(set(dir(v)) - set(dir(v.__base__))), sorted(v.__dict__))
# names the site module and the host add are not the interpreter's
site = ("help", "copyright", "credits", "license", "exit", "quit", "___EvalCodeResultException")
print(sorted(n for n in dir(builtins) if n not in site))
