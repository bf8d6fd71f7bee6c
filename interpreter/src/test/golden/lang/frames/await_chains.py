# f_back through await, async for and yield from: each resumed frame's caller is the one resuming it.
import sys
def chain():
    f = sys._getframe(1)
    out = []
    while f:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out
async def inner():
    return chain()
async def outer():
    r = await inner()
    return r
c = outer()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def ag():
    yield chain()
    yield ag_obj.ag_frame.f_back.f_code.co_name
ag_obj = ag()
async def drive():
    return [x async for x in ag_obj]
d = drive()
try:
    d.send(None)
except StopIteration as e:
    print(e.value)
def g2():
    yield from g3()
def g3():
    yield chain()
print(list(g2()))


async def waiter():
    me = sys._getframe()
    print("running", me.f_back.f_code.co_name, cw.cr_frame is me)
    return me


cw = waiter()
print(cw.cr_frame.f_back, cw.cr_frame.f_code.co_name)
try:
    cw.send(None)
except StopIteration as e:
    done = e.value
print(cw.cr_frame, done.f_code.co_name, done.f_lineno, done.f_back.f_code.co_name, done.f_back.f_lineno)


# a finished generator's frame keeps the caller it finished in; a suspended one has none
def numbers():
    yield 1
    yield 2


def consume(it):
    return [n for n in it]


gen = numbers()
gf = gen.gi_frame
next(gen)
print(gf.f_back)
print(consume(gen), gen.gi_frame, gf.f_back.f_code.co_name, gf.f_back.f_locals["it"] is gen)


def failing():
    yield 1
    raise KeyError("k")


bad = failing()
bf = bad.gi_frame
next(bad)


def step(it):
    try:
        next(it)
    except KeyError:
        return "caught"


print(step(bad), bf.f_back.f_code.co_name, bf.f_lineno)
unused = numbers()
uf = unused.gi_frame
unused.close()
print(uf.f_back, unused.gi_frame)
