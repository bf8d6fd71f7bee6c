# raise with a class, an instance, a re-raise, and from.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.__cause__, e.__suppress_context__)

def r1():
    raise ValueError

def r2():
    raise ValueError("with message", 42)

def r3():
    try:
        raise KeyError("inner")
    except KeyError:
        raise

def r4():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e

def r5():
    raise TypeError("no cause") from None

for f in [r1, r2, r3, r4, r5]:
    show(f)

try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
