# Raising inside except*: re-raises keep the original structure, new exceptions join a new group.
def show(label, exc):
    print(label, type(exc).__name__, repr(exc))

try:
    try:
        raise ExceptionGroup("orig", [ValueError("v"), TypeError("t"), KeyError("k")])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    show("reraise + rest:", e)

try:
    try:
        raise ExceptionGroup("orig", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise RuntimeError("new from handler")
except ExceptionGroup as e:
    show("raised + rest:", e)
    new = e.exceptions[0]
    print("context of new:", repr(new.__context__))

try:
    try:
        raise ExceptionGroup("orig", [ValueError("v")])
    except* ValueError as eg:
        raise KeyError("replacement") from eg
except Exception as e:
    show("only new:", e)
    print("cause:", repr(e.__cause__))

try:
    try:
        raise ExceptionGroup("orig", [ValueError("v"), TypeError("t")])
    except* ValueError as e1:
        raise
    except* TypeError as e2:
        raise
except ExceptionGroup as e:
    show("both re-raised keeps original:", e)

try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("naked re-raise is a group:", e)
except ValueError as e:
    show("naked re-raise:", e)

try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("new from naked")
except Exception as e:
    show("new from naked:", e)

try:
    try:
        raise ExceptionGroup("orig", [ValueError("v"), OSError("o")])
    except* ValueError as e:
        raise e
except ExceptionGroup as e:
    show("raise e (the matched group):", e)

try:
    try:
        raise ExceptionGroup("orig", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise ExceptionGroup("inner new", [IndexError("i")])
    except* TypeError:
        raise NameError("n")
except ExceptionGroup as e:
    show("two new:", e)

print("done")
