# type() with three arguments builds classes dynamically.
def hello(self):
    return "hello from " + type(self).__name__

Dynamic = type("Dynamic", (), {"greet": hello, "x": 1})
d = Dynamic()
print(d.greet(), d.x, Dynamic.__name__, Dynamic.__bases__)
Sub = type("Sub", (Dynamic,), {"x": 2})
print(Sub().greet(), Sub.x, Sub.__mro__)
print(type(Sub), type(type), type(object))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (bool,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
class A:
    pass
print(A.__dict__["__module__"], A.__doc__, A().__class__ is A)
a = A()
a.__class__ = type("B", (), {})
print(type(a).__name__)
