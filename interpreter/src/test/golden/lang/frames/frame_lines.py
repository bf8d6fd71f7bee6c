# f_lineno and f_lasti of frames left by an exception through finally, with and except
# clauses (the line is where the exception was first raised in that frame), and frames kept
# while many more calls run.
import sys


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def through_finally():
    a = 1
    try:
        a = 2
        raise ValueError(a)
    finally:
        a = 3


def through_with():
    with Ctx():
        b = [1]
        b[5]


def through_except():
    try:
        {}[0]
    except KeyError:
        c = "handler"
        raise TypeError("from handler")


def through_unmatched():
    try:
        int("x")
    except KeyError:
        pass


def calls(fn):
    fn()


for fn in (through_finally, through_with, through_except, through_unmatched):
    try:
        calls(fn)
    except Exception as e:
        tb = e.__traceback__
        rows = []
        while tb is not None:
            f = tb.tb_frame
            rows.append((f.f_code.co_name, tb.tb_lineno, f.f_lineno, tb.tb_lasti == f.f_lasti))
            tb = tb.tb_next
        print(type(e).__name__, rows[1:], sorted(rows[-1:][0][0:1]))
        print("  locals", e.__traceback__.tb_next.tb_next.tb_frame.f_locals)


# frames held by the program keep what they showed while other calls reuse memory
def leaf(n):
    return sys._getframe()


def mid(n):
    return leaf(n * 2)


def top(n):
    return mid(n + 1)


held = [top(i) for i in range(6)]


def noise(k):
    x = [k] * 3
    return sum(x) if k % 2 else noise(k + 1)


for i in range(300):
    noise(i)
    top(i)
for f in held:
    chain = []
    g = f
    while g is not None:
        chain.append((g.f_code.co_name, g.f_lineno, dict(g.f_locals) if g.f_code.co_name != "<module>" else "-"))
        g = g.f_back
    print(chain)
print(held[0].f_back is held[0].f_back, held[0].f_back is held[1].f_back)


def recursive(k, frames):
    frames.append(sys._getframe())
    if k:
        recursive(k - 1, frames)
    return frames


fs = recursive(4, [])
print([f.f_locals["k"] for f in fs], [f.f_back.f_locals.get("k") for f in fs])
print(all(fs[i + 1].f_back is fs[i] for i in range(4)))
print([f.f_lineno for f in fs])
