def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars, counter.__code__.co_cellvars)

def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())

def loop_fix():
    fs = []
    for i in range(3):
        def make(j):
            return lambda: j
        fs.append(make(i))
    return [f() for f in fs]
print(loop_fix())

def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
add, get = shared()
add(1); add(2)
print(get(), add.__closure__[0] is get.__closure__[0])

def rebinding():
    x = 1
    def read():
        return x
    x = 2
    r1 = read()
    x = 3
    return r1, read()
print(rebinding())

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())

def nonlocal_chain():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'set by inner'
        inner()
        return x
    return mid(), x
print(nonlocal_chain())

cell_type = type((lambda: c1).__closure__[0]) if (lambda: c1).__closure__ else None
def mk():
    v = 5
    return (lambda: v).__closure__[0]
cell = mk()
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 10
print(cell.cell_contents)
del cell.cell_contents
t(lambda: cell.cell_contents)
print(repr(cell).startswith('<cell at 0x'), 'empty' in repr(cell))

def empty_cell():
    def inner():
        return late
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print('ValueError', e)
    late = 1
    return c.cell_contents
print(empty_cell())

def class_closure():
    val = 'captured'
    class K:
        attr = val
        def m(self):
            return val
    return K.attr, K().m()
print(class_closure())

def gen_closure():
    total = 0
    def g():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return list(g()), total
print(gen_closure())

def lambda_default_vs_closure():
    x = 1
    f = lambda y=x: y
    g = lambda: x
    x = 2
    return f(), g()
print(lambda_default_vs_closure())

def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10), 'fact' in fact.__code__.co_freevars
print(recursive_closure())

def same_name_in_comprehension():
    x = 'outer'
    r = [x for x in 'ab']
    return r, x
print(same_name_in_comprehension())

def comprehension_closure():
    y = 10
    return [(lambda: y + i)() for i in range(3)]
print(comprehension_closure())
