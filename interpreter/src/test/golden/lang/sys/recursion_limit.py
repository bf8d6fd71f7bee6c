# sys.getrecursionlimit and sys.setrecursionlimit.
import sys
print(sys.getrecursionlimit())
default = sys.getrecursionlimit()


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    depth(200)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(50))


def show(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)


show(sys.setrecursionlimit, 0)
show(sys.setrecursionlimit, -5)
show(sys.setrecursionlimit, 1.5)
show(sys.setrecursionlimit, "100")
show(sys.setrecursionlimit, 2 ** 40)
show(sys.setrecursionlimit)


def nested(n):
    if n == 0:
        sys.setrecursionlimit(3)
    else:
        nested(n - 1)


show(nested, 5)
sys.setrecursionlimit(default)
print(sys.getrecursionlimit(), depth(800))
