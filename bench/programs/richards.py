# An object-oriented scheduler in the spirit of Richards and pystone: classes, methods,
# attribute access, small objects and polymorphic calls.
class Task:
    def __init__(self, name, priority, work):
        self.name = name
        self.priority = priority
        self.work = work
        self.done = 0
        self.next = None

    def run(self, scheduler):
        self.done += 1
        self.work -= 1
        return self.work > 0


class IoTask(Task):
    def run(self, scheduler):
        scheduler.io += 1
        return Task.run(self, scheduler)


class CpuTask(Task):
    def run(self, scheduler):
        scheduler.cpu += self.priority
        if self.done % 3 == 0:
            scheduler.spawn(IoTask(self.name + "io", 1, 2))
        return super().run(scheduler)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.io = 0
        self.cpu = 0
        self.finished = 0

    def spawn(self, task):
        self.queue.append(task)

    def run(self):
        queue = self.queue
        i = 0
        while i < len(queue):
            task = queue[i]
            if task.run(self):
                queue.append(task)
            else:
                self.finished += 1
            i += 1
        return i


total = 0
for round_ in range(30):
    s = Scheduler()
    for k in range(100):
        s.spawn(CpuTask("cpu%d" % k, k % 7 + 1, 20))
    total += s.run() + s.io + s.cpu + s.finished
print(total)
