# sys.exit runs finally blocks and can be caught like any exception.
import sys


def leave(code):
    try:
        print("in try")
        sys.exit(code)
    finally:
        print("finally ran for", code)


try:
    leave(1)
except SystemExit as e:
    print("caught", type(e).__name__, e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    leave(None)
except Exception:
    print("not here: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException", e.code, repr(e))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
try:
    try:
        sys.exit(8)
    except SystemExit:
        print("handled once, raising again")
        raise
except SystemExit as e:
    print("outer", e.code)
leave(2)
