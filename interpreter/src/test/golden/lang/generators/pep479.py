# PEP 479: a StopIteration leaving a generator becomes RuntimeError.
def explicit():
    yield 1
    raise StopIteration("explicit")

try:
    print(list(explicit()))
except RuntimeError as e:
    print(type(e).__name__, e)
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

def from_next():
    it = iter([])
    yield next(it)

try:
    next(from_next())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def caught_inside():
    try:
        raise StopIteration("caught")
    except StopIteration as e:
        yield f"caught {e}"
    yield "continues"

print(list(caught_inside()))

def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop

try:
    for x in subclass():
        print(x)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def delegating():
    yield from explicit()

try:
    list(delegating())
except RuntimeError as e:
    print("delegated:", e)

def manual_next_ok():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "clean end"

print(list(manual_next_ok()))

genexp = (next(iter([])) for _ in range(1))
try:
    list(genexp)
except RuntimeError as e:
    print("genexpr:", e)

def other_errors_unchanged():
    yield 1
    raise ValueError("stays ValueError")

try:
    list(other_errors_unchanged())
except ValueError as e:
    print(type(e).__name__, e)

def stop_async():
    yield 1
    raise StopAsyncIteration("not converted in a plain generator")

try:
    list(stop_async())
except StopAsyncIteration as e:
    print(type(e).__name__, e)

def stop_in_finally():
    try:
        yield 1
    finally:
        raise StopIteration("from finally")

g = stop_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close:", e)
