# split() and subgroup(): by type, tuple of types and predicate; the structure and metadata kept.
def show(label, eg):
    print(label, repr(eg))

eg = ExceptionGroup("root", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("nested", [ValueError("v2"), KeyError("k1")]),
    ExceptionGroup("only types", [TypeError("t2")]),
])

match, rest = eg.split(ValueError)
show("match", match)
show("rest", rest)
show("subgroup", eg.subgroup(TypeError))
show("tuple", eg.subgroup((KeyError, TypeError)))
show("predicate", eg.subgroup(lambda e: "2" in str(e) and not isinstance(e, BaseExceptionGroup)))
show("none", eg.subgroup(OSError))
print(eg.split(OSError)[0], eg.split(OSError)[1] is eg)
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.subgroup(ExceptionGroup) is eg)
print(eg.subgroup(lambda e: e is eg) is eg)

calls = []
def record(e):
    calls.append(type(e).__name__)
    return False
eg.split(record)
print(calls)

for bad in [1, "ValueError", int, (ValueError, 5), [ValueError]]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    raise eg
except ExceptionGroup as caught:
    original = caught
original.add_note("note on the group")
original.__cause__ = OSError("cause")
original.__context__ = IndexError("context")
m, r = original.split(ValueError)
print(m.__traceback__ is original.__traceback__, m.__cause__ is original.__cause__, m.__context__ is original.__context__)
print(m.__notes__, m.__notes__ is original.__notes__, r.__notes__)
print(m.__suppress_context__, original.__suppress_context__)
print(m.exceptions[0] is original.exceptions[0])
leaf = eg.exceptions[0]
print(leaf.__traceback__)

def predicate_raises(e):
    raise RuntimeError("predicate failed")
try:
    eg.subgroup(predicate_raises)
except RuntimeError as e:
    print(type(e).__name__, e)

base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])
bm, br = base.split(KeyboardInterrupt)
print(type(bm).__name__, repr(bm), type(br).__name__, repr(br))
