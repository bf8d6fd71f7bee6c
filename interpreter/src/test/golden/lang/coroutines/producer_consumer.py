# Producers and consumers sharing a bounded queue under a small event loop of Futures.
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.queue = []
        self.steps = 0

    def call_soon(self, task, value=None):
        self.queue.append((task, value))

    def run(self):
        while self.queue:
            task, value = self.queue.pop(0)
            self.steps += 1
            try:
                fut = task.coro.send(value)
            except StopIteration as e:
                task.finish(e.value)
                continue
            fut.callbacks.append(lambda f, t=task: self.call_soon(t, f.result))

class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__()
        self.coro = coro
        self.name = name
        loop.call_soon(self)

    def finish(self, value):
        print(f"task {self.name} done: {value}")
        self.set_result(value)

class Queue:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.getters = []
        self.putters = []

    async def put(self, item):
        while len(self.items) >= self.size:
            f = Future()
            self.putters.append(f)
            await f
        self.items.append(item)
        if self.getters:
            self.getters.pop(0).set_result(None)

    async def get(self):
        while not self.items:
            f = Future()
            self.getters.append(f)
            await f
        item = self.items.pop(0)
        if self.putters:
            self.putters.pop(0).set_result(None)
        return item

async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(f"produced {name}{i}")
    await q.put(None)
    return n

async def consumer(q, producers):
    seen = []
    finished = 0
    while finished < producers:
        item = await q.get()
        if item is None:
            finished += 1
            continue
        print(f"consumed {item}")
        seen.append(item)
    return len(seen)

async def supervisor(loop):
    q = Queue(2)
    c = Task(loop, consumer(q, 2), "consumer")
    p1 = Task(loop, producer(q, "a", 3), "p1")
    p2 = Task(loop, producer(q, "b", 2), "p2")
    counts = [await p1, await p2, await c]
    return counts

loop = Loop()
root = Task(loop, supervisor(loop), "supervisor")
loop.run()
print("result", root.result, "steps", loop.steps)
