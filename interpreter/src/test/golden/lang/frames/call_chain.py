# Walking f_back from sys._getframe(): names, lines, depths, globals and builtins.
import sys


def chain(frame):
    out = []
    while frame is not None:
        out.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return out


def describe(fr):
    # the repr without its address and directory
    r = repr(fr)
    return r.startswith("<frame at 0x"), r[r.index(", file '"):].count("call_chain.py'"), r[r.index(", line"):]


def a():
    return b(1)


def b(n):
    x = n + 1
    return c(x, "s")


def c(p, q):
    fr = sys._getframe()
    print(describe(fr))
    print(chain(fr))
    print(fr.f_code is c.__code__, fr.f_back.f_code is b.__code__)
    print(fr.f_back.f_back.f_code.co_name, fr.f_back.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    print(sys._getframe(1) is fr.f_back, sys._getframe(0) is fr, sys._getframe() is fr)
    return p


print(a())


def depth():
    n = 0
    f = sys._getframe()
    while f.f_back is not None:
        f = f.f_back
        n += 1
    return n


def recurse(k):
    if k == 0:
        return [depth()]
    return recurse(k - 1) + [depth()]


print(depth(), recurse(5))


def levels(k):
    # each level sees its own k through f_back's locals
    if k == 0:
        f = sys._getframe()
        ks = []
        while f.f_code is levels.__code__:
            ks.append(f.f_locals["k"])
            f = f.f_back
        return ks
    return levels(k - 1)


print(levels(4))


def caller_name():
    return sys._getframe(1).f_globals["__name__"]


def caller_of_caller_line():
    return sys._getframe(2).f_lineno


def middle():
    return caller_of_caller_line()


print(caller_name(), middle())
print(sys._getframe().f_globals is globals(), sys._getframe().f_locals is globals())
print(sys._getframe().f_builtins is __builtins__.__dict__)
print(sys._getframe().f_back)
print(type(sys._getframe()).__name__, type(sys._getframe()).__module__)
print(sorted(n for n in dir(sys._getframe()) if not n.startswith("__")))

for bad in (100, 10**30, 2.5, "x"):
    try:
        sys._getframe(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys._getframe(-3).f_code.co_name)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    third = (
        f.f_lineno
    )
    return first, second, third, f.f_lasti > 0, f.f_lasti % 2


print(lines())


def trace_attrs():
    f = sys._getframe()
    print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
    f.f_trace = print
    f.f_trace_lines = False
    f.f_trace_opcodes = True
    print(f.f_trace is print, f.f_trace_lines, f.f_trace_opcodes)
    del f.f_trace
    print(f.f_trace)
    for name, v in (("f_trace_lines", 1), ("f_trace_opcodes", None)):
        try:
            setattr(f, name, v)
        except TypeError as e:
            print(type(e).__name__, e)
    for name in ("f_lineno_x", "f_back", "f_code", "f_locals", "f_globals"):
        try:
            setattr(f, name, None)
        except AttributeError as e:
            print(type(e).__name__, e)


trace_attrs()


class K:
    here = sys._getframe()
    name = here.f_code.co_name
    print(here.f_back.f_code.co_name, here.f_locals["name"] if "name" in here.f_locals else "-")


print(K.name, K.here.f_locals is K.__dict__, "here" in K.here.f_locals, type(K.here.f_locals).__name__)


def returns_frame():
    x = 10
    y = [x]
    return sys._getframe()


fr = returns_frame()
print(fr.f_locals, fr.f_lineno, fr.f_back is sys._getframe())
print(chain(fr))
print(fr.f_code.co_name, fr.f_globals is globals())

# only a trace function may set f_lineno
cur = sys._getframe()
for v in (3, "x", True):
    try:
        cur.f_lineno = v
    except ValueError as e:
        print(type(e).__name__, e)
try:
    del cur.f_lineno
except AttributeError as e:
    print(type(e).__name__, e)
print(cur.f_lineno)
