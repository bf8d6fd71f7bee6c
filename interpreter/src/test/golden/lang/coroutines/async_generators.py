# Async generators: async for, __anext__, asend, athrow, aclose, and their attributes.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def ticker(n):
    for i in range(n):
        await Tick()
        yield i

async def consume():
    out = []
    async for v in ticker(4):
        out.append(v * 10)
    return out

print(run(consume()))

ag = ticker(2)
print(type(ag).__name__, ag.__name__, ag.__qualname__, repr(ag).split(" at ")[0])
print(ag.ag_running, ag.ag_await, ag.ag_frame is not None, type(ag.ag_code).__name__)
print(ag.__aiter__() is ag)

async def manual():
    print(await ag.__anext__())
    print(await ag.__anext__())
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration at the end")
    print(ag.ag_frame)

run(manual())

async def echo():
    received = None
    while True:
        received = yield f"echo {received}"

async def use_asend():
    e = echo()
    print(await e.asend(None))
    print(await e.asend("one"))
    print(await e.asend("two"))
    await e.aclose()
    try:
        await e.asend("after close")
    except StopAsyncIteration:
        print("closed generator stops")

run(use_asend())

async def guarded():
    try:
        yield "first"
        yield "second"
    except KeyError as e:
        yield f"handled {e}"
    finally:
        print("guarded cleanup")

async def use_athrow():
    g = guarded()
    print(await g.__anext__())
    print(await g.athrow(KeyError("k")))
    try:
        await g.athrow(ValueError("v"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished")

run(use_athrow())

async def use_aclose():
    g = guarded()
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    h = guarded()
    print(await h.aclose())

run(use_aclose())

async def stepping():
    g = ticker(1)
    awaitable = g.__anext__()
    print(type(awaitable).__name__)
    print(awaitable.send(None))
    try:
        awaitable.send(None)
    except StopIteration as e:
        print("value arrives in StopIteration:", e.value)
    try:
        awaitable.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("ticker done")

run(stepping())

async def yields_in_finally():
    try:
        yield 1
    finally:
        await Tick()
        print("awaited in finally")

async def close_with_await():
    g = yields_in_finally()
    await g.__anext__()
    await g.aclose()
    print("aclose completed")

run(close_with_await())
