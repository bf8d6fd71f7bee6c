# Three levels of nesting, reading and writing enclosing variables.
def level1():
    a = "a1"
    def level2():
        b = "b2"
        def level3():
            nonlocal b
            b = b + "!"
            return a + b
        r = level3()
        return r, b
    return level2()

print(level1())

def accumulator(total):
    def add(n):
        nonlocal total
        total += n
        return total
    return add

acc = accumulator(100)
print(acc(10), acc(20), acc(-5))

x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(read_global(), shadow())
