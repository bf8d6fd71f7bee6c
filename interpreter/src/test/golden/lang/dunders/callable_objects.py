# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, times=1):
        return x * self.k * times

double = Multiplier(2)
print(double(5), double(5, times=3), callable(double))
print(list(map(Multiplier(10), [1, 2, 3])))

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

c = Counter()
c(); c(); c()
print(c.n)
try:
    Multiplier(1)(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
