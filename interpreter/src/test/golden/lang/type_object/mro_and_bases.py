# MRO (C3) errors, __subclasses__ order, and type checks of built-ins.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class O: pass
class A(O): pass
class B(O): pass
class C(A, B): pass
class D(B, A): pass
show(lambda: type('E', (C, D), {}))
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.mro()])
print([k.__name__ for k in O.__subclasses__()])
class X: pass
class Y: pass
class Z(X): pass
print(type.__subclasscheck__(int, bool), type.__instancecheck__(int, True), int.__subclasscheck__(bool))
print([t.__name__ for t in (bool, int, float, complex, str, bytes, list, tuple, dict, set, frozenset, range, slice, type, object)])
print([t.__base__.__name__ for t in (bool, int, float, list, dict, type)], object.__base__)
show(lambda: type('Q', (int, str), {}))
show(lambda: type('Q', (list, dict), {}))
print(type('Q', (int,), {})(5) + 1, type('L', (list,), {})([1, 2])[::-1])
show(lambda: type('R', (range,), {}))
show(lambda: type('S', (slice,), {}))
show(lambda: type('T', (type(None),), {}))
