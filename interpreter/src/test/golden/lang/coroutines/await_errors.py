# Errors of await: what can be awaited, and coroutines awaited twice.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def await_it(x):
    return await x

for value in [5, "text", None, [1], (i for i in [])]:
    try:
        run(await_it(value))
    except TypeError as e:
        print(type(e).__name__, e)

class ReturnsInt:
    def __await__(self):
        return 42

class ReturnsList:
    def __await__(self):
        return [1, 2]

class ReturnsIter:
    def __await__(self):
        return iter([None, None])

class ReturnsGen:
    def __await__(self):
        yield
        return "from generator __await__"

async def coro():
    return 1

class ReturnsCoroutine:
    def __await__(self):
        return self.c
    def __init__(self):
        self.c = coro()

for obj in [ReturnsInt(), ReturnsList(), ReturnsIter(), ReturnsGen()]:
    try:
        print(type(obj).__name__, "->", run(await_it(obj)))
    except TypeError as e:
        print(type(obj).__name__, type(e).__name__, e)

rc = ReturnsCoroutine()
try:
    run(await_it(rc))
except TypeError as e:
    print(type(e).__name__, e)
rc.c.close()

done = coro()
print(run(await_it(done)))
try:
    run(await_it(done))
except RuntimeError as e:
    print(type(e).__name__, e)

class Suspend:
    def __await__(self):
        yield "paused"

async def holder():
    await Suspend()

shared = holder()

async def first_awaiter():
    await shared

async def second_awaiter():
    await shared

f = first_awaiter()
print(f.send(None))
s = second_awaiter()
try:
    s.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
f.close()
print(shared.cr_frame)

class NotCallableAwait:
    __await__ = None

try:
    run(await_it(NotCallableAwait()))
except TypeError as e:
    print(type(e).__name__, e)

async def raises_in_await():
    class Bad:
        def __await__(self):
            raise KeyError("from __await__")
    await Bad()

try:
    run(raises_in_await())
except KeyError as e:
    print(type(e).__name__, e)
