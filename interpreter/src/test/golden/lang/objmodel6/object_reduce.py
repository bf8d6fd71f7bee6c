# object.__reduce__ / __reduce_ex__ through copyreg, as pickle and copy see them
import copyreg


def fmt(p):
    if isinstance(p, tuple):
        return "(" + ", ".join(fmt(x) for x in p) + ")"
    if isinstance(p, dict):
        return "{" + ", ".join(fmt(k) + ": " + fmt(v) for k, v in p.items()) + "}"
    if callable(p) and getattr(p, "__module__", None) == "copyreg":
        return "copyreg." + p.__name__
    r = repr(p)
    if " at 0x" in r:
        return "<" + type(p).__name__ + ">"
    return r


def show(label, obj, *protos):
    for p in protos:
        try:
            r = obj.__reduce_ex__(p) if p is not None else obj.__reduce__()
            print(label, p, fmt(r))
        except Exception as e:
            print(label, p, "error", type(e).__name__, e)


class Plain:
    pass


p = Plain()
show("plain empty", p, None, 0, 1, 2, 4)
p.x = 1
p.y = [2]
show("plain", p, None, 0, 1, 2, 4)
print(vars(Plain).get("__slotnames__"))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


show("point", Point(1, 2), 2, 1)


class Slotted:
    __slots__ = ("a", "b", "__c")

    def __init__(self):
        self.a = 1
        self.__c = 3


show("slotted", Slotted(), 2, 4, 1, None)
print(Slotted.__slotnames__)


class SlottedDict(Slotted):
    __slots__ = ("d", "__dict__")


sd = SlottedDict()
sd.d = 4
sd.e = 5
show("slotted dict", sd, 2)
print(SlottedDict.__slotnames__)
print(copyreg._slotnames(SlottedDict))


class WithState:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {"v": self.v * 10}


show("getstate", WithState(), 2, 0)


class FalseState:
    def __getstate__(self):
        return 0


show("false state", FalseState(), 2, 1)


class SlotsState:
    __slots__ = ("a",)

    def __getstate__(self):
        return ("custom",)


show("slots getstate", SlotsState(), 1, 2)


class NewArgs:
    def __new__(cls, a, b=0):
        self = super().__new__(cls)
        self.a = a
        return self

    def __getnewargs__(self):
        return (self.a,)


show("getnewargs", NewArgs(7), 2, 4)


class NewArgsEx:
    def __new__(cls, *, key):
        return super().__new__(cls)

    def __getnewargs_ex__(self):
        return ((), {"key": 3})


show("getnewargs_ex", NewArgsEx(key=3), 2, 4)


class NewArgsExPos:
    def __getnewargs_ex__(self):
        return ((1,), {})


show("getnewargs_ex pos", NewArgsExPos(), 2)


class Bad1:
    def __getnewargs__(self):
        return [1]


class Bad2:
    def __getnewargs_ex__(self):
        return [1]


class Bad3:
    def __getnewargs_ex__(self):
        return (1,)


class Bad4:
    def __getnewargs_ex__(self):
        return ([], {})


class Bad5:
    def __getnewargs_ex__(self):
        return ((), [])


for cls in (Bad1, Bad2, Bad3, Bad4, Bad5):
    show(cls.__name__, cls(), 2)


class MyList(list):
    pass


ml = MyList([1, 2])
ml.tag = "t"
r = ml.__reduce_ex__(2)
print(fmt(r[:3]), list(r[3]), r[4])
show("mylist", ml, 1)


class MyDict(dict):
    pass


md = MyDict(a=1)
r = md.__reduce_ex__(4)
print(fmt(r[:4]), list(r[4]))
show("mydict", md, 0)


class ItemsDict(dict):
    def items(self):
        return [("fake", 0)]


print(list(ItemsDict(a=1).__reduce_ex__(2)[4]))


class MyInt(int):
    pass


mi = MyInt(5)
show("myint", mi, 2, 0, 1)
mi.z = 9
show("myint attr", mi, 2, 1)


class MyStr(str):
    pass


show("mystr", MyStr("s"), 2, 1)


class MyTuple(tuple):
    pass


show("mytuple", MyTuple((1, 2)), 2, 0)


class CustomReduce:
    def __reduce__(self):
        return (CustomReduce, ())


show("custom reduce", CustomReduce(), None, 0, 2)


class CustomReduceEx:
    def __reduce_ex__(self, proto):
        return ("ex", proto)


show("custom reduce_ex", CustomReduceEx(), 3)
print(fmt(object.__reduce_ex__(CustomReduceEx(), 2)))

o = Plain()
o.__reduce__ = lambda: "instance attribute"
show("instance reduce", o, 2)

show("object", object(), None, 0, 2)
show("int", 5, None, 0, 2)
show("list", [1], None, 2)
show("set", {1, 2}, None, 2)
show("frozenset", frozenset([3]), 2)
show("range", range(1, 9, 2), 2)
show("slice", slice(1, None, 2), 2)
show("ellipsis", ..., 2)
show("notimpl", NotImplemented, 2)
show("builtin", len, 2)
show("bound builtin", [].append, 2)
show("method descr", list.append, 2)
show("property", property(), 2)
show("function", show, 2)
show("generator", (x for x in []), 2)
show("type", int, 2)
show("module", copyreg, 2)
show("exception", ValueError("v", 1), 2)
for bad in ("x", 2.0, None):
    try:
        object().__reduce_ex__(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    object().__reduce_ex__()
except TypeError as e:
    print(type(e).__name__, e)

# the copyreg helpers
print(copyreg.__newobj__(Point, 1, 2).__class__.__name__)
print(type(copyreg.__newobj_ex__(NewArgsEx, (), {"key": 1})).__name__)
rc = copyreg._reconstructor(MyInt, int, 42)
print(type(rc).__name__, rc)
rc = copyreg._reconstructor(Plain, object, None)
print(type(rc).__name__)
print(copyreg.dispatch_table.get(complex) is copyreg.pickle_complex, copyreg.pickle_complex(3 + 4j))
copyreg.pickle(Plain, lambda o: (Plain, ()))
print(Plain in copyreg.dispatch_table)
del copyreg.dispatch_table[Plain]
try:
    copyreg.pickle(Plain, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    copyreg.constructor(5)
except TypeError as e:
    print(type(e).__name__, e)
copyreg.add_extension("mod", "name", 250)
copyreg.add_extension("mod", "name", 250)
for args in (("mod", "name", 251), ("mod", "other", 250), ("m", "n", 0)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print(type(e).__name__, e)
copyreg.remove_extension("mod", "name", 250)
try:
    copyreg.remove_extension("mod", "name", 250)
except ValueError as e:
    print(type(e).__name__, e)
copyreg.clear_extension_cache()
print(copyreg.__all__)
print(sorted(n for n in dir(copyreg) if not n.startswith("__")))
