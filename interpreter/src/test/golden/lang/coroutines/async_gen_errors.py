# Async generator error cases: PEP 479 conversions, ignored GeneratorExit, reuse and running checks.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

async def raises_stop_iteration():
    yield 1
    raise StopIteration("bad")

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("also bad")

async def drain(agen):
    out = []
    async for x in agen:
        out.append(x)
    return out

for make in [raises_stop_iteration, raises_stop_async]:
    try:
        run(drain(make()))
    except RuntimeError as e:
        print(type(e).__name__, e, "cause:", type(e.__cause__).__name__)

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"

async def try_close():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await g.__anext__() if False else "skip")

run(try_close())

async def simple():
    yield "only"

async def reuse():
    g = simple()
    nxt = g.__anext__()
    print(await nxt)
    try:
        await nxt
    except RuntimeError as e:
        print(type(e).__name__, e)
    closer = g.aclose()
    await closer
    try:
        await closer
    except RuntimeError as e:
        print(type(e).__name__, e)

run(reuse())

async def slow():
    await Tick()
    yield "slow value"

async def concurrent_anext():
    g = slow()
    first = g.__anext__()
    first.send(None)
    second = g.__anext__()
    try:
        second.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        first.send(None)
    except StopIteration as e:
        print("first completes with", e.value)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("slow exhausted")

run(concurrent_anext())

async def athrow_fresh():
    g = simple()
    try:
        await g.athrow(ValueError("into fresh async generator"))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("fresh generator is finished")

run(athrow_fresh())

async def bad_asend():
    g = simple()
    a = g.asend("not None")
    try:
        a.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("done")

run(bad_asend())

async def agen_with_return_value():
    yield 1

print(type(agen_with_return_value()).__name__)
