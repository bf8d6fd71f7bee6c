# sequence unpacking and constructors with wrong sizes and types (error texts of containers).
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def u2(x):
    a, b = x
    return a, b
def ustar(x):
    a, *b, c = x
    return a, b, c
show(lambda: u2([1]))
show(lambda: u2([1, 2, 3]))
show(lambda: u2(5))
show(lambda: u2('ab'))
show(lambda: u2({1: 2, 3: 4}))
show(lambda: ustar([1]))
show(lambda: ustar(range(5)))
show(lambda: u2(x for x in range(9)))
show(lambda: dict([(1, 2), (3,)]))
show(lambda: dict([[1, 2], 'ab', 5]))
show(lambda: list(range(3)).__setitem__(slice(0, 2), 7))
show(lambda: tuple(range(2**100)))
show(lambda: (1,) * 2**100)
print(tuple(range(3)), list(range(-3)), [*range(2), *()], (*'ab',))
show(lambda: [*5])
show(lambda: (*None,))
show(lambda: {*1})
print(divmod(*[7, 2]), max(*[(1,), (2,)]))
show(lambda: max(*[]))
