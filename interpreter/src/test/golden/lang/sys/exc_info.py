# sys.exc_info() and sys.exception(): the exception being handled.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, tb.tb_lineno)
    print(sys.exception() is v)
    try:
        raise ValueError("inner")
    except ValueError:
        print(repr(sys.exception()), repr(sys.exception().__context__))
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())


def handler():
    return sys.exception()


try:
    1 / 0
except ZeroDivisionError:
    print(repr(handler()))
try:
    try:
        raise TypeError("in finally")
    finally:
        print(sys.exception())
except TypeError as e:
    print("after", e)
