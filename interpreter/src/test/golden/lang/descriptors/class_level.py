# Descriptors on the class: staticmethod, classmethod, property objects and functions.
class C:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
    def f(self):
        return "f"
    @property
    def p(self):
        return "p"

print(C.s(2), C.c(), C.f(C()), C().p, type(C.p).__name__)
print(C.__dict__["s"].__func__(3), C.__dict__["c"].__func__(C))
f = C.__dict__["f"]
print(f.__get__(C(), C)(), f.__get__(None, C) is f)
print(C.p.__get__(C()), C.p.fget(None))

class D(C):
    pass
print(D.c(), D().c())
