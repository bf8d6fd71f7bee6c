# async with: __aenter__/__aexit__ awaited, exceptions suppressed or propagated, protocol errors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("acquire", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        print("release", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

async def basic():
    async with Resource("a") as value:
        print("inside with", value)
    return "after"

print(run(basic()))

async def nested():
    async with Resource("outer"), Resource("inner") as i:
        print("both held, inner is", i)

run(nested())

async def suppressed():
    async with Resource("quiet", suppress=True):
        raise KeyError("hidden")
    return "continued after suppression"

print(run(suppressed()))

async def propagated():
    async with Resource("loud"):
        raise ValueError("visible")

try:
    run(propagated())
except ValueError as e:
    print("propagated", e)

async def returns_inside():
    async with Resource("ret"):
        return "returned from inside"

print(run(returns_inside()))

async def break_inside():
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                break
    return i

print(run(break_inside()))

class NoAenter:
    async def __aexit__(self, *a):
        pass

class NoAexit:
    async def __aenter__(self):
        return self

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class BadAenter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass

class BadAexit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return None

async def use(cm):
    async with cm:
        pass

for cm in [NoAenter(), NoAexit(), SyncOnly(), BadAenter(), BadAexit(), 5]:
    try:
        run(use(cm))
    except TypeError as e:
        print(type(cm).__name__, type(e).__name__, e)

class FailingExit:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise RuntimeError("exit failed")

async def failing_exit():
    async with FailingExit():
        raise ValueError("body failed")

try:
    run(failing_exit())
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
