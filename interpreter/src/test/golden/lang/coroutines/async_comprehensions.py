# Asynchronous comprehensions: async for and await inside list, set, dict and generator expressions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

async def arange(n):
    for i in range(n):
        await Tick()
        yield i

async def double(x):
    await Tick()
    return x * 2

async def main():
    a = [x async for x in arange(5)]
    b = {x % 3 async for x in arange(7)}
    c = {x: await double(x) async for x in arange(3)}
    d = [await double(x) for x in range(4)]
    e = [x async for x in arange(10) if x % 2 if x > 2]
    f = [(x, y) async for x in arange(3) for y in range(x)]
    g = [[y async for y in arange(x)] async for x in arange(4)]
    gen = (x * x async for x in arange(4))
    h = [v async for v in gen]
    return a, b, c, d, e, f, g, h, type(gen).__name__

for item in run(main()):
    print(item)

async def async_genexpr_direct():
    agen = (await double(x) for x in range(3))
    out = []
    async for v in agen:
        out.append(v)
    return out

print(run(async_genexpr_direct()))

async def errors():
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        [1 / x async for x in arange(2)]
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

run(errors())
