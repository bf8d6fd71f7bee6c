# gen.throw(): the exception raised where the generator waits.
def catcher():
    while True:
        try:
            value = yield "ready"
            print("value", value)
        except ValueError as e:
            print("caught ValueError", e)
            yield "handled"
        except KeyError:
            print("caught KeyError")

c = catcher()
print(next(c))
print(c.throw(ValueError("one")))
print(next(c))
print(c.throw(ValueError))
print(next(c))
print(c.throw(KeyError("k")))
try:
    c.throw(TypeError("not caught"))
except TypeError as e:
    print("propagated", e)
try:
    next(c)
except StopIteration:
    print("generator finished")

def fresh():
    print("never runs")
    yield 1

f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("fresh", e)
print(list(f))

done = fresh()
done.close()
try:
    done.throw(IndexError("after close"))
except IndexError as e:
    print("closed", e)

def target():
    yield 1

t = target()
next(t)
for bad in [5, "text", int, None]:
    try:
        t.throw(bad)
    except TypeError as e:
        print(type(e).__name__, e)

def cleanup():
    try:
        yield 1
    finally:
        print("finally runs on throw")

cl = cleanup()
next(cl)
try:
    cl.throw(OSError("disk"))
except OSError as e:
    print(type(e).__name__, e)

def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "recovered"

r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("StopIteration value", e.value)

def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e

cv = converts()
next(cv)
try:
    cv.throw(ZeroDivisionError("zero"))
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

class MyError(Exception):
    def __init__(self, *args):
        print("MyError created with", args)
        super().__init__(*args)

m = target()
next(m)
try:
    m.throw(MyError)
except MyError as e:
    print("got", repr(e))

def in_handler():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "suspended in handler"
        raise

h = in_handler()
print(next(h))
try:
    h.throw(ValueError("thrown"))
except ValueError as e:
    print(repr(e), repr(e.__context__))
