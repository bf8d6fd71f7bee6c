# gi_frame, cr_frame and ag_frame: one frame object per generator, f_back None while
# suspended and the resumer while running, None once the generator is finished.
import sys


def gen(n):
    total = 0
    for i in range(n):
        me = sys._getframe()
        caller = me.f_back
        yield (me.f_code.co_name, caller.f_code.co_name if caller else None, me.f_lineno)
        total += i
    return total


g = gen(3)
fr = g.gi_frame
print(type(fr).__name__, fr.f_code is gen.__code__, fr.f_back, fr.f_lineno, fr.f_lasti)
print(fr.f_locals)
print(next(g), fr is g.gi_frame)
print(fr.f_back, fr.f_lineno, sorted(fr.f_locals), fr.f_locals["i"])


def drive(it):
    return next(it)


print(drive(g))
print(g.gi_frame.f_back, g.gi_frame.f_locals["total"])
for item in g:
    print("loop", item)
print(g.gi_frame, fr.f_code.co_name, fr.f_lineno)


def watcher():
    f = g2.gi_frame
    yield f is sys._getframe(), f.f_back.f_code.co_name, g2.gi_running
    yield "again", f.f_back.f_code.co_name


g2 = watcher()
print(list(g2), g2.gi_frame)


def delegate():
    result = yield from gen(2)
    yield sys._getframe().f_back.f_code.co_name, result


d = delegate()
print(next(d), d.gi_frame.f_lineno, d.gi_yieldfrom.gi_frame.f_lineno)
print(next(d))
print(next(d), d.gi_yieldfrom)

# clear(): a suspended frame cannot be cleared; a frame not started closes its generator
g3 = gen(5)
next(g3)
try:
    g3.gi_frame.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
g4 = gen(5)
f4 = g4.gi_frame
f4.clear()
print(g4.gi_frame, f4.f_locals)
try:
    next(g4)
except StopIteration:
    print("stopped")


def self_clear():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        yield str(e)


print(list(self_clear()))


async def coro(x):
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, x


c = coro(7)
cf = c.cr_frame
print(type(cf).__name__, cf.f_back, cf.f_locals, cf is c.cr_frame)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(c.cr_frame)


async def agen():
    yield sys._getframe().f_code.co_name
    yield 2


ag = agen()
af = ag.ag_frame
print(type(af).__name__, af.f_code.co_name, af.f_back)
try:
    ag.asend(None).send(None)
except StopIteration as e:
    print("first", e.value, ag.ag_frame is af, af.f_back)


def failing():
    x = "local"
    yield 1
    raise KeyError(x)


fg = failing()
next(fg)
try:
    next(fg)
except KeyError as e:
    tf = e.__traceback__.tb_next.tb_frame
    print(tf.f_code.co_name, tf.f_locals, tf.f_lineno, fg.gi_frame)

# a generator expression's frame and its caller
ge = (sys._getframe().f_back.f_code.co_name for _ in range(2))
print(ge.gi_frame.f_code.co_name, list(ge))
