# Subclasses of ExceptionGroup: derive() decides the class of split results.
class PlainSub(ExceptionGroup):
    pass

class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + " (derived)", excs)

class WithInit(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return WithInit(self.message, excs, self.code)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"

excs = [ValueError("v"), TypeError("t")]
for cls in (PlainSub, Derived):
    g = cls("msg", excs)
    m, r = g.split(ValueError)
    print(cls.__name__, type(m).__name__, repr(m), type(r).__name__, repr(r))

w = WithInit("coded", excs, 42)
m, r = w.split(TypeError)
print(type(m).__name__, m.code, repr(m), r.args)
print(repr(w), w.args, str(w))

try:
    BadDerive("bad", excs).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)

print(repr(ExceptionGroup("m", excs).derive([KeyError("k")])))
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()]).derive([ValueError()])).__name__)

class MyBaseGroup(BaseExceptionGroup):
    pass

print(type(MyBaseGroup("b", [KeyboardInterrupt()])).__name__, type(MyBaseGroup("e", [ValueError()])).__name__)
try:
    PlainSub("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

print([c.__name__ for c in PlainSub.__mro__])
try:
    raise Derived("raised", excs)
except ExceptionGroup as e:
    print("caught as ExceptionGroup:", type(e).__name__, e)
try:
    raise PlainSub("raised", excs)
except Exception as e:
    print("caught as Exception:", repr(e))
