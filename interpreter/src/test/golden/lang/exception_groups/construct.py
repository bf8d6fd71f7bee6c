# Constructing exception groups: argument checks, the class chosen, attributes and str/repr.
eg = ExceptionGroup("two errors", [ValueError(1), TypeError("t")])
print(type(eg).__name__, str(eg), repr(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args)
one = ExceptionGroup("single", (KeyError("k"),))
print(str(one), repr(one))

print(type(BaseExceptionGroup("all exceptions", [ValueError()])).__name__)
print(type(BaseExceptionGroup("with base", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("mixed", [ValueError(), SystemExit(2)])).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), isinstance(BaseExceptionGroup("b", [GeneratorExit()]), Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print([c.__name__ for c in ExceptionGroup.__mro__])

cases = [
    (),
    ("only message",),
    ("a", [ValueError()], "extra"),
    (1, [ValueError()]),
    (None, [ValueError()]),
    ("not a sequence", 5),
    ("a set", {ValueError()}),
    ("a dict", {"k": ValueError()}),
    ("empty", []),
    ("empty tuple", ()),
    ("not exceptions", [ValueError(), "text"]),
    ("classes", [ValueError]),
]
for args in cases:
    for cls in (ExceptionGroup, BaseExceptionGroup):
        try:
            cls(*args)
            print(cls.__name__, "accepted", args)
        except (TypeError, ValueError) as e:
            print(cls.__name__, type(e).__name__, e)

try:
    ExceptionGroup("base inside", [ValueError(), KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("kw", [ValueError()], extra=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup(message="m", exceptions=[ValueError()])
except TypeError as e:
    print(type(e).__name__, e)

nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])
print(repr(nested))
print(str(nested.exceptions[0]), nested.exceptions[0].exceptions)
items = [ValueError(i) for i in range(3)]
g = ExceptionGroup("from a list", items)
items.append(KeyError("late"))
print(len(g.exceptions), g.args[1] is items)
print(ExceptionGroup("t", (e for e in [ValueError()])) if False else "generators are not sequences")
try:
    ExceptionGroup("generator", (e for e in [ValueError()]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    eg.message = "changed"
except AttributeError as e:
    print(type(e).__name__, e)
