# locals(), vars() and dir() in functions and at module level.
def f(a, b=2):
    c = a + b
    return sorted(locals().items())

print(f(1))

class Obj:
    def __init__(self):
        self.p = 1
        self.q = 2

print(vars(Obj()))
g = 5
print("g" in dir(), "f" in vars())

def closure():
    free = 1
    def inner():
        return sorted(locals())
    return inner, free

print(closure()[0]())
