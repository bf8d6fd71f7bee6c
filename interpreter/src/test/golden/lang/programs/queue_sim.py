# A priority queue (binary heap) and an event simulation.
class Heap:
    def __init__(self):
        self.data = []

    def push(self, item):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[i] < self.data[parent]:
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i = 0
            n = len(self.data)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and self.data[child] < self.data[smallest]:
                        smallest = child
                if smallest == i:
                    break
                self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)


h = Heap()
for x in [5, 1, 8, 3, 9, 2, 7]:
    h.push(x)
print([h.pop() for _ in range(len(h))])

events = Heap()
for t, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e")]:
    events.push((t, name))
clock = 0
log = []
while events:
    t, name = events.pop()
    clock = t
    log.append(f"{t}:{name}")
    if name == "b":
        events.push((t + 1, "b-followup"))
print(log, clock)
try:
    Heap().pop()
except IndexError as e:
    print(e)
