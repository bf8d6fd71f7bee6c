# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)

class M1:
    def hello(self):
        return "M1"
class M2:
    def hello(self):
        return "M2"
    def only2(self):
        return "only in M2"
class Mixed(M1, M2):
    pass
m = Mixed()
print(m.hello(), m.only2())
