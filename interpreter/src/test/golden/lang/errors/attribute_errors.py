# Reading, writing and deleting attributes that do not exist or cannot change.
class C:
    __slots__ = ("a",)

class D:
    pass

def attempt(f):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: C().a)
attempt(lambda: setattr(C(), "b", 1))
attempt(lambda: delattr(D(), "x"))
attempt(lambda: D.missing)
attempt(lambda: setattr(1, "real", 2))
attempt(lambda: setattr(int, "x", 1))
attempt(lambda: delattr(str, "upper"))
attempt(lambda: setattr("s", "x", 1))
attempt(lambda: object().__dict__)
d = D()
d.x = 1
del d.x
attempt(lambda: d.x)
