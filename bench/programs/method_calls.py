# Objects: a small class with __init__, attribute reads and writes, method calls and __add__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

acc = Vec(0, 0)
step = Vec(1, 2)
total = 0
i = 0
while i < 300000:
    acc = acc + step
    total += acc.dot(step)
    i += 1
print(acc.x, acc.y, total)
