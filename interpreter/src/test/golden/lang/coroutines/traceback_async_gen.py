# An uncaught error inside an async generator consumed by async for.
class Tick:
    def __await__(self):
        yield

async def numbers(items):
    for item in items:
        await Tick()
        yield 100 // item

async def total(items):
    result = 0
    async for n in numbers(items):
        result += n
    return result

def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(drive(total([1, 2, 5])))
print(drive(total([4, 0])))
