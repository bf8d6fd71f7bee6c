# gen.close(): GeneratorExit at the yield, finally blocks, return values on close.
def resource(name):
    print("open", name)
    try:
        while True:
            yield name
    finally:
        print("close", name)

r = resource("a")
print(next(r))
print(r.close())
print(r.close())
print(list(r))

never_started = resource("b")
print(never_started.close())
print(list(never_started))

def observe():
    try:
        yield 1
    except GeneratorExit as e:
        print("GeneratorExit seen", repr(e), e.args)
        raise

o = observe()
next(o)
o.close()

def swallow_and_return():
    try:
        yield 1
    except GeneratorExit:
        return "value from close"

s = swallow_and_return()
next(s)
print("close returned", repr(s.close()))

def stubborn():
    for attempt in range(2):
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring", attempt)

st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(st))

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")

ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print(type(e).__name__, e, repr(e.__context__))

def stop_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("odd")

sc = stop_on_close()
next(sc)
try:
    sc.close()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

n = nested()
next(n)
n.close()

def with_stmt():
    class CM:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, t, v, tb):
            print("exit", t.__name__ if t else None)
            return False
    with CM():
        yield 1

w = with_stmt()
next(w)
w.close()
finished = with_stmt()
print(list(finished))
print(finished.close())
