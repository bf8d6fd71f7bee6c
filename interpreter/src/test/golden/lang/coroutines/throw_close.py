# throw() and close() on coroutines, forwarded through await chains.
class Pause:
    def __await__(self):
        return (yield "paused")

async def leaf():
    try:
        v = await Pause()
        return f"leaf got {v}"
    except ValueError as e:
        return f"leaf caught {e}"
    finally:
        print("leaf finally")

async def middle():
    r = await leaf()
    print("middle sees", r)
    return r

m = middle()
print(m.send(None))
try:
    m.throw(ValueError("thrown"))
except StopIteration as e:
    print("result", e.value)

m2 = middle()
print(m2.send(None))
try:
    m2.send("sent value")
except StopIteration as e:
    print("result", e.value)

m3 = middle()
print(m3.send(None))
print("cr_await:", type(m3.cr_await).__name__, type(m3.cr_await.cr_await).__name__)
m3.close()
print("closed", m3.cr_frame)

m4 = middle()
m4.send(None)
try:
    m4.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))

async def stubborn():
    ignored = 0
    while True:
        try:
            await Pause()
        except GeneratorExit:
            ignored += 1
            print("ignoring exit", ignored)
            if ignored > 1:
                return "gave up"

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    s.throw(GeneratorExit)
except StopIteration as e:
    print("finished with", e.value)

async def stop_inside():
    raise StopIteration("bad")

try:
    stop_inside().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

async def returns_on_close():
    try:
        await Pause()
    except GeneratorExit:
        return "closed value"

rc = returns_on_close()
rc.send(None)
print("close() returns", repr(rc.close()))

fresh = middle()
try:
    fresh.throw(OSError("never started"))
except OSError as e:
    print(type(e).__name__, e)
print(fresh.cr_frame)

w = middle()
wrapper = w.__await__()
print(type(wrapper).__name__, iter(wrapper) is wrapper)
print(next(wrapper))
try:
    wrapper.send("through wrapper")
except StopIteration as e:
    print("wrapper result", e.value)
