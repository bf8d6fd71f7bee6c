# What a generator's clean-up raises when its for loop drops it is "ignored": printed to stderr
# as the default sys.unraisablehook prints it, and the program goes on.
class MyErr(Exception):
    pass


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


for v in stubborn():
    break
print("after stubborn")


def raiser():
    try:
        yield 1
    finally:
        e = MyErr("mine")
        e.add_note("a note")
        x = [1][0] + {}["k"]


for v in raiser():
    break
print("after raiser")


def other():
    try:
        yield 1
    finally:
        raise MyErr()


def f():
    for v in other():
        return 5


print(f())


def deep(n):
    if n:
        return deep(n - 1)
    raise ValueError("deep")


def recursing():
    try:
        yield 1
    finally:
        deep(8)


for v in recursing():
    break
print("end")
