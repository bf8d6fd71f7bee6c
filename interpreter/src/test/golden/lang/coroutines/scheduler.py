# A tiny round-robin scheduler: tasks await a Sleep object whose __await__ yields to the loop.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        woke_at = yield self
        return woke_at

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: (item[0], item[1]))
                wake, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro, self.now))
                continue
            name, coro, value = self.ready.pop(0)
            try:
                request = coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"[{self.now}] {name} finished -> {e.value}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"[{self.now}] {name} failed: {type(e).__name__}: {e}")
                continue
            self.sleeping.append((self.now + request.ticks, name, coro))

async def worker(name, delays):
    total = 0
    for d in delays:
        woke = await Sleep(d)
        print(f"[{woke}] {name} woke after {d}")
        total += d
    return total

async def failing():
    await Sleep(2)
    raise RuntimeError("task broke")

async def parent():
    a = await worker("child-a", [1, 1])
    b = await worker("child-b", [2])
    return a + b

loop = Loop()
loop.spawn("w1", worker("w1", [3, 1]))
loop.spawn("w2", worker("w2", [1, 1, 1]))
loop.spawn("bad", failing())
loop.spawn("parent", parent())
loop.run()
print(sorted((k, v if isinstance(v, int) else type(v).__name__) for k, v in loop.results.items()))
print("final time", loop.now)
