# The exception being handled inside and around a suspended generator.
def in_except():
    try:
        raise ValueError("inside generator")
    except ValueError:
        yield "suspended in except"
        try:
            raise
        except ValueError as again:
            yield f"re-raised {again}"

g = in_except()
print(next(g))
try:
    raise
except RuntimeError as e:
    print("caller sees no active exception:", e)
print(next(g))
g.close()

def context_from_caller():
    yield 1
    raise KeyError("in generator")

try:
    raise TypeError("caller's")
except TypeError:
    c = context_from_caller()
    next(c)
    try:
        next(c)
    except KeyError as e:
        print(repr(e), "context:", repr(e.__context__))

def bare_raise_sees_caller():
    yield
    raise

b = bare_raise_sees_caller()
next(b)
try:
    try:
        raise IndexError("outer handled")
    except IndexError:
        next(b)
except IndexError as e:
    print("bare raise in generator re-raised", repr(e))

def keeps_own():
    try:
        raise OSError("own")
    except OSError:
        yield 1
        yield 2
        raise

k = keeps_own()
next(k)
try:
    raise ZeroDivisionError("between")
except ZeroDivisionError:
    next(k)
try:
    next(k)
except OSError as e:
    print("generator kept its own:", repr(e), repr(e.__context__))

def finally_order():
    try:
        yield "a"
    finally:
        print("finally with", "pending" if True else "")

f = finally_order()
next(f)
try:
    raise NameError("while closing")
except NameError:
    f.close()
print("done")
