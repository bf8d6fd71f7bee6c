# Classes defined inside classes and functions.
class Outer:
    class Inner:
        def who(self):
            return type(self).__qualname__

    def make(self):
        return self.Inner()

print(Outer().make().who())
print(Outer.Inner.__qualname__, Outer.Inner.__name__)

def factory(base_value):
    class Made:
        value = base_value
        def get(self):
            return self.value
    return Made

A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is B)
print(A.__qualname__)
