# SystemExit and KeyboardInterrupt inside groups: caught with except*, split, and matched by type.
g = BaseExceptionGroup("exits", [SystemExit(3), KeyboardInterrupt(), ValueError("v")])
print(type(g).__name__, repr(g))
sysexit, rest = g.split(SystemExit)
print(repr(sysexit), repr(rest))
print(repr(g.subgroup(Exception)), type(g.subgroup(Exception)).__name__)
print(repr(g.subgroup(BaseException)) == repr(g))

try:
    raise g
except* SystemExit as e:
    print("SystemExit part:", repr(e), e.exceptions[0].code)
except* KeyboardInterrupt as e:
    print("KeyboardInterrupt part:", repr(e))
except* ValueError as e:
    print("ValueError part:", repr(e))

try:
    raise g
except Exception:
    print("not an Exception")
except BaseExceptionGroup as e:
    print("caught as BaseExceptionGroup", len(e.exceptions))

try:
    try:
        raise g
    except* ValueError:
        pass
except BaseExceptionGroup as e:
    print("rest is", type(e).__name__, repr(e))

try:
    raise ExceptionGroup("only exceptions", [ValueError(1)])
except BaseExceptionGroup as e:
    print("ExceptionGroup caught by BaseExceptionGroup:", type(e).__name__)
