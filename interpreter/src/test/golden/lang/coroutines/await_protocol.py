# Awaitables that are not coroutines: __await__ returning generators, coroutine wrappers, and delegation.
def run(coro):
    steps = []
    value = None
    try:
        while True:
            steps.append(coro.send(value))
            value = len(steps)
    except StopIteration as e:
        return e.value, steps

class Yielding:
    def __init__(self, *items):
        self.items = items
    def __await__(self):
        total = 0
        for item in self.items:
            total += yield item
        return total

async def use_yielding():
    return await Yielding("a", "b", "c")

print(run(use_yielding()))

async def inner():
    return await Yielding("x")

class Delegates:
    def __await__(self):
        return inner().__await__()

class DelegatesYieldFrom:
    def __await__(self):
        result = yield from inner().__await__()
        return result * 100

async def use_delegates():
    a = await Delegates()
    b = await DelegatesYieldFrom()
    return a, b

print(run(use_delegates()))

def generator_based():
    received = yield "from generator"
    return f"generator got {received}"

class WrapsGenerator:
    def __await__(self):
        return generator_based()

async def use_wrapped():
    return await WrapsGenerator()

print(run(use_wrapped()))

async def child():
    return "child result"

def old_style():
    c = child()
    w = c.__await__()
    return (yield from w)

g = old_style()
try:
    next(g)
except StopIteration as e:
    print("old style:", e.value)

def yield_from_coroutine():
    c = child()
    try:
        yield from c
    finally:
        c.close()

try:
    list(yield_from_coroutine())
except TypeError as e:
    print(type(e).__name__, e)

class Awaitable:
    def __await__(self):
        yield "step"
        return "awaitable done"

async def gather(*awaitables):
    results = []
    for a in awaitables:
        results.append(await a)
    return results

print(run(gather(Awaitable(), child(), Yielding(1, 2))))

async def await_in_expressions():
    values = {"k": await child()}
    text = f"{await child()}!"
    total = (await Yielding(5)) + (await Yielding(6))
    return values, text, total

print(run(await_in_expressions()))
