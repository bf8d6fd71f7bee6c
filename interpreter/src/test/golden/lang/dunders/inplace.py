# In-place operators mutate when __iadd__ exists and rebind otherwise.
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __repr__(self):
        return "Bag" + repr(self.items)

b = Bag()
alias = b
b += 1
b += 2
print(b, alias, b is alias)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __repr__(self):
        return "Num(" + str(self.v) + ")"

n = Num(1)
m = n
n += 10
print(n, m, n is m)
xs = [1]
ys = xs
xs += [2]
print(xs, ys, xs is ys)
t = (1,)
u = t
t += (2,)
print(t, u)
s = "a"
s *= 3
print(s)
