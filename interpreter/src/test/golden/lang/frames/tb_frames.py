# tb_frame on traceback entries: the frame of each entry, its locals, lines and f_back.
import sys


def inner(values, index):
    total = sum(values)
    scaled = [v * 2 for v in values]
    return scaled[index] / (total - total)


def middle(n):
    values = list(range(n))
    label = "m" + str(n)
    return inner(values, 1)


def outer():
    try:
        middle(3)
    except ZeroDivisionError as e:
        return e


err = outer()
tb = err.__traceback__
entries = []
while tb is not None:
    fr = tb.tb_frame
    entries.append((fr.f_code.co_name, tb.tb_lineno, fr.f_lineno, tb.tb_lasti == fr.f_lasti))
    tb = tb.tb_next
print(entries)

tb = err.__traceback__
print(tb.tb_frame is tb.tb_frame, tb.tb_next.tb_frame is tb.tb_next.tb_frame)
print(tb.tb_frame.f_code is outer.__code__)
mid = tb.tb_next.tb_frame
inn = tb.tb_next.tb_next.tb_frame
print(mid.f_locals)
print(inn.f_locals)
print(inn.f_back is mid, mid.f_back is tb.tb_frame, tb.tb_frame.f_back is sys._getframe())
print(inn.f_back.f_back.f_code.co_name, inn.f_globals is globals())

# the frame that caught the exception went on: its f_lineno is where it returned
print(tb.tb_frame.f_lineno, tb.tb_lineno)


def catch_here():
    state = "before"
    try:
        state = "during"
        {}["missing"]
    except KeyError as e:
        state = "handled"
        here = sys._getframe()
        return e, here


e2, here = catch_here()
print(e2.__traceback__.tb_frame is here, here.f_locals["state"], e2.__traceback__.tb_next)
print(sorted(here.f_locals))

# frames of an exception raised through several levels and a re-raise
def level(k):
    if k == 0:
        raise ValueError("bottom")
    try:
        level(k - 1)
    except ValueError:
        marker = k
        raise


try:
    level(3)
except ValueError as e:
    tb = e.__traceback__
    seen = []
    while tb is not None:
        seen.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get("k"), tb.tb_frame.f_locals.get("marker"), tb.tb_lineno))
        tb = tb.tb_next
    print(seen)

# clearing a finished frame drops its locals; a running one cannot be cleared
inn.clear()
print(inn.f_locals, inn.f_code.co_name, inn.f_lineno)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(type(e).__name__, e)


def clear_caller():
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        return str(e)


print(clear_caller())

# with traceback frames held, later calls must not change what they show
def keep(n):
    tag = n * 10
    try:
        raise IndexError(n)
    except IndexError as e:
        return e


kept = [keep(i) for i in range(5)]
for i in range(100):
    keep(i + 100)
    returns = [sys._getframe().f_lineno for _ in range(2)]
print([(k.__traceback__.tb_frame.f_locals["tag"], k.__traceback__.tb_frame.f_locals["n"]) for k in kept])
print(len({id(k.__traceback__.tb_frame) for k in kept}))

# the exception ends the program; its frames were looked at on the way
def fail(depth):
    if depth == 0:
        frames = []
        f = sys._getframe()
        while f:
            frames.append(f.f_code.co_name)
            f = f.f_back
        raise RuntimeError(" <- ".join(frames))
    fail(depth - 1)


fail(2)
