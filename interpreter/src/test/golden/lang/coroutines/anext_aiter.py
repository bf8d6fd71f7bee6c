# The builtins aiter() and anext(), with and without a default, over async generators and classes.
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield
async def gen():
    await Tick()
    yield 1
    yield 2
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
async def main():
    g = gen()
    print(await anext(g), await anext(g), await anext(g, "dflt"), await anext(g, None))
    it = aiter(AIt())
    print(await anext(it), await anext(it), await anext(it, "end"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("SAI")
    for bad in [5, [1]]:
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
        try:
            anext(bad)
        except TypeError as e:
            print(e)
    class BadAiter:
        def __aiter__(self): return 5
    try:
        aiter(BadAiter())
    except TypeError as e:
        print(e)
    a = anext(gen(), 0)
    print(type(a).__name__)
    await a
run(main())
