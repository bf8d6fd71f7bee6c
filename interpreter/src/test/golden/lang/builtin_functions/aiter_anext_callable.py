# aiter/anext exist and work with async iterators driven by hand; callable, id, hash details.
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
async def main():
    it = aiter(AIt())
    out = [await anext(it), await anext(it), await anext(it, 'default')]
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append('stop')
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        anext(bad)
    except TypeError as e:
        print('TypeError', e)
print(type(aiter).__name__, aiter.__name__, anext.__name__)
