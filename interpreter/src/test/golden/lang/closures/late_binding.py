# Closures see the variable, not its value at creation time.
def make_adders():
    adders = [lambda x, i=i: x + i for i in range(3)]
    late = [lambda x: x + i for i in range(3)]
    return adders, late

early, late = make_adders()
print([f(10) for f in early])
print([f(10) for f in late])

def outer():
    x = 1
    def show():
        return x
    x = 2
    return show

print(outer()())
