# Return values: implicit None, multiple values as a tuple, early returns.
def nothing():
    pass

def pair():
    return 1, 2

def sign(n):
    if n < 0:
        return -1
    if n == 0:
        return 0
    return 1

print(nothing())
print(pair())
a, b = pair()
print(a + b)
print(sign(-5), sign(0), sign(9))

def early(xs):
    i = 0
    while i < len(xs):
        if xs[i] > 10:
            return "found " + str(xs[i])
        i += 1
    return "none"

print(early([1, 5, 20, 30]))
print(early([1, 2]))
