# a run-time warning names the line of the instruction that issued it, whichever instruction
class Idx:
    def __index__(self):
        return True          # a bool: deprecated as the result of __index__

i = Idx()
print("start")
a = [10, 20, 30] * i
b = "abc"[i]
c = (1, 2, 3)[i:]
d = [0, 1, 2]
d[i] = 9
del d[i]
e = d[i:i]
d[i:] = [7]
f = list(range(i))
g = hex(i), bin(i), oct(i)
h = b"xyz"[i]
print(a, b, c, d, e, f, g, h)

ni = NotImplemented
x = ni and 1
y = not ni
z = 1 if ni else 2
while ni:
    break
print(x, y, z, any([ni]), all([ni]))

flag = False
t = ~flag, ~flag
print(t)

def inner():
    return [5, 6][i] + ~flag

print(inner(), inner())
print("end")
