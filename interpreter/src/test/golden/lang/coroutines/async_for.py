# async for over hand-written asynchronous iterators, and its errors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def collect(n):
    out = []
    async for x in AsyncRange(n):
        if x == 2:
            continue
        if x == 5:
            break
        out.append(x)
    else:
        out.append("else ran")
    return out

print(run(collect(4)))
print(run(collect(10)))

async def nested():
    pairs = []
    async for a in AsyncRange(2):
        async for b in AsyncRange(2):
            pairs.append((a, b))
    return pairs

print(run(nested()))

class NoAiter:
    pass

class AiterReturnsPlain:
    def __aiter__(self):
        return [1, 2]

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

class AnextRaises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("anext failed")

async def loop_over(obj):
    async for x in obj:
        return x

for obj in [NoAiter(), AiterReturnsPlain(), AnextNotAwaitable(), AnextRaises(), [1, 2]]:
    try:
        run(loop_over(obj))
    except (TypeError, ValueError) as e:
        print(type(obj).__name__, type(e).__name__, e)
        if e.__cause__ is not None:
            print("  caused by", type(e.__cause__).__name__, e.__cause__)

class Plain:
    def __aiter__(self):
        return self
    def __anext__(self):
        return Tick()

async def first_two(obj):
    seen = []
    async for x in obj:
        seen.append(x)
        if len(seen) == 2:
            break
    return seen

print(run(first_two(Plain())))

async def stop_async_inside_body():
    async for x in AsyncRange(3):
        if x == 1:
            raise StopAsyncIteration("from the body")
    return "unreachable"

try:
    run(stop_async_inside_body())
except StopAsyncIteration as e:
    print(type(e).__name__, e)

async def target_unpacking():
    total = 0
    async for i in AsyncRange(3):
        total += i
    return total, i

print(run(target_unpacking()))
