# except*: each clause takes its part of the group; the rest propagates.
def raise_group():
    raise ExceptionGroup("many", [
        ValueError("v1"),
        TypeError("t1"),
        ValueError("v2"),
        ExceptionGroup("nested", [KeyError("k"), ValueError("v3")]),
    ])

try:
    raise_group()
except* ValueError as e:
    print("ValueError part:", repr(e))
except* (TypeError, KeyError) as e:
    print("Type/Key part:", repr(e))

try:
    try:
        raise_group()
    except* TypeError as e:
        print("handled", repr(e))
except ExceptionGroup as rest:
    print("rest propagated:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked exception wrapped:", type(e).__name__, repr(e), repr(e.exceptions[0]))
    print("wrapped group has a traceback:", e.__traceback__ is not None)

try:
    raise KeyboardInterrupt("naked base")
except* KeyboardInterrupt as e:
    print("base wrapped:", type(e).__name__, repr(e))

try:
    try:
        raise TypeError("not matched")
    except* ValueError:
        print("not reached")
except TypeError as e:
    print("unmatched naked exception unchanged:", repr(e))

def no_match():
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* ValueError:
        print("no")
    except* KeyError:
        print("no")

try:
    no_match()
except ExceptionGroup as e:
    print("nothing matched, same group:", repr(e))

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("clause without name")
else:
    print("not else")
finally:
    print("finally runs")

try:
    pass
except* ValueError:
    print("no exception")
else:
    print("else runs when nothing was raised")

def with_return():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            print("iteration", i, e.exceptions)
    return "loop done"

print(with_return())

try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print("both values in one clause:", e.exceptions)
except* Exception as e:
    print("not reached, all matched already")

try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* Exception as e:
    print("Exception catches everything:", repr(e))

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    x = e
print("name bound after the clause?", "e" in dir())
print(repr(x))
