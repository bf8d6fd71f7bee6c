# type's layout attributes (the word-size independent part), __weakref__ descriptors,
# generators' __del__, and a built-in function's writable __module__

names = [n for n in dir(type) if n.endswith(("size__", "offset__"))]
print(names)
for t in (int, bool, bytes, str, object, list, dict, float):
    print(t.__name__, t.__itemsize__, t.__dictoffset__)
print(int.__basicsize__ == bool.__basicsize__, object.__basicsize__ < int.__basicsize__)
print(bytes.__basicsize__ % 2, list.__basicsize__ > object.__basicsize__)


class Plain:
    pass


class Slots:
    __slots__ = ("a", "b")


class SlotsDict:
    __slots__ = ("a", "__dict__")


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class Sub(Slots):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyError(Exception):
    pass


for c in (Plain, Slots, SlotsDict, SlotsWeak, Sub, MyInt, MyTuple, MyError):
    own = sorted(k for k in vars(c) if k in ("__dict__", "__weakref__", "__slots__"))
    print(c.__name__, own, c.__dictoffset__ if c.__dictoffset__ <= 0 else "positive", c.__itemsize__ == c.__base__.__itemsize__,
          c.__weakrefoffset__ < 0, c.__weakrefoffset__ == 0)
print(Slots.__basicsize__ - object.__basicsize__ == 2 * (SlotsDict.__basicsize__ - object.__basicsize__))
print(Sub.__basicsize__ == Slots.__basicsize__, Plain.__basicsize__ == object.__basicsize__)
print(MyInt.__basicsize__ == int.__basicsize__, MyError.__dictoffset__ == Exception.__dictoffset__)
print(type(Plain.__dict__["__weakref__"]).__name__, Plain().__weakref__)

for bad in (("__weakref__",), ("a",), ("__dict__",)):
    try:
        type("Bad", (int,), {"__slots__": bad})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("Bad", (Plain,), {"__slots__": ("__weakref__",)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", (SlotsWeak,), {"__slots__": ("__weakref__",)})
except TypeError as e:
    print(type(e).__name__, e)
for attr in ("__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__"):
    try:
        setattr(Plain, attr, 1)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


# generators' __del__ is tp_finalize: it closes a generator not yet finished
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


async def coro():
    pass


async def agen():
    yield 1


g = gen()
print(type(g).__dict__["__del__"], "__del__" in dir(g))
print(type(agen()).__dict__["__del__"])
print(g.__del__())
print(next(g, "closed before it started"))
g = gen()
next(g)
print(g.__del__(), g.gi_suspended, g.gi_frame)
print(next(g, "exhausted"), g.__del__())
c = coro()
c.close()
print(c.__del__(), type(c).__del__)
try:
    type(g).__del__(5)
except TypeError as e:
    print(type(e).__name__, e)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2


s = stubborn()
next(s)
print(s.__del__())
print("after", next(s, "done"))


async def agen_cleanup():
    try:
        yield 1
    finally:
        print("async finally")


ag = agen_cleanup()
print(ag.__del__(), ag.ag_suspended)

# a built-in function's __module__ may be assigned (a plain member in CPython)
print(len.__module__, [].append.__module__)
len.__module__ = "elsewhere"
print(len.__module__)
del len.__module__
print(len.__module__)
len.__module__ = "builtins"
m = [].append
m.__module__ = 42
print(m.__module__)
