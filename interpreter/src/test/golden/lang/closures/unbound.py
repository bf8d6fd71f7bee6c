# Reading a local or free variable before it is assigned.
def f():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
    return y

print(f())

def g():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 2
    return inner()

print(g())

def h():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print(e)

h()
