# Coroutines driven by hand: send(None) until StopIteration carries the result.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y

print(run(compute()))
c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).split(" at ")[0])
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_frame is not None, type(c.cr_code).__name__)
print(run(c))
print(c.cr_frame, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

class Holder:
    async def method(self, v):
        return await add(v, 1)

print(Holder.method.__qualname__, run(Holder().method(41)))

def outer():
    async def nested():
        return "nested"
    return nested

n = outer()()
print(n.__qualname__)
print(run(n))

async def no_return():
    pass

print(run(no_return()))

async def raises():
    raise ValueError("inside coroutine")

try:
    run(raises())
except ValueError as e:
    print(type(e).__name__, e)

async def awaits_raiser():
    try:
        await raises()
    except ValueError as e:
        return f"caught {e}"

print(run(awaits_raiser()))

print(hasattr(c, "__await__"), hasattr(c, "__iter__"), hasattr(c, "__next__"))
try:
    iter(compute_closed := compute())
except TypeError as e:
    print(type(e).__name__, e)
compute_closed.close()

a12 = add(1, 2)
try:
    for x in a12:
        pass
except TypeError as e:
    print(type(e).__name__, e)
a12.close()

unstarted = add(1, 2)
try:
    unstarted.send(5)
except TypeError as e:
    print(type(e).__name__, e)
unstarted.close()
print(unstarted.cr_frame)

async def lambda_like():
    values = [await add(i, i) for i in range(3)]
    return values

print(run(lambda_like()))
