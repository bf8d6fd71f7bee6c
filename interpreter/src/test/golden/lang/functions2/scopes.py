x = 0
def set_global():
    global x
    x = 10
set_global()
print(x)

def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make()
inc(); inc()
print(get())

def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 100
            return v
        return inner()
    r = mid()
    return v, r
print(outer())

def shadow():
    x = 'local'
    def inner():
        global x
        return x
    return inner()
print(shadow())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    y = 1
unbound()

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 2
    return inner()
print(free_unbound())

def deleted():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
deleted()

def del_cell():
    a = 1
    def inner():
        return a
    del a
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
del_cell()

try:
    undefined_name_here
except NameError as e:
    print('NameError', e)

def gdel():
    global newg
    newg = 5
gdel()
print(newg)
del newg
try:
    newg
except NameError as e:
    print('NameError', e)

class C:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def m(self):
        try:
            return a
        except NameError as e:
            return 'NameError ' + str(e)
print(C().m())

def cls_in_fn():
    y = 5
    class D:
        y = 6
        z = y
        def m(self):
            return y
    return D.z, D().m()
print(cls_in_fn())

def cls_nonlocal():
    y = 5
    class D:
        nonlocal y
        y = 7
    return y
print(cls_nonlocal())

def comp_scope():
    n = 3
    return [n * i for i in range(n)], {i: n for i in range(2)}
print(comp_scope())

i = 'outer'
print([i for i in range(2)], i)

def counter_gen():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in range(5):
        add(v)
    return total
print(counter_gen())
print(sorted(k for k in locals() if not k.startswith('__'))[:5])
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
