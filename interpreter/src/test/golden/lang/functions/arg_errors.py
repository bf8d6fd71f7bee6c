# The TypeErrors of calls that do not fit the signature, raised and caught.
def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a

def h(x, /, y):
    return x

def catch(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

catch(f, 1)
catch(f)
catch(f, 1, 2, 3)
catch(f, 1, b=2, c=3)
catch(f, 1, a=2)
catch(g, 1)
catch(g, 1, 2, 3)
catch(g, 1, 2, 3, c=4)
catch(h, x=1, y=2)
catch(lambda: 0, 1)
catch(lambda x: 0, 1, 2)
catch(lambda x, y, z: 0)
catch(lambda *, k1, k2: 0)
