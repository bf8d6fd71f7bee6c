# An uncaught error three generators deep, driven by list().
def leaf(n):
    for i in range(n):
        yield 10 // (2 - i)

def middle(n):
    yield "start"
    yield from leaf(n)

def top():
    yield from middle(5)

print(list(middle(2)))
print(list(top()))
