# super() with no arguments, with two, in class methods, and on attributes.
class Base:
    greeting = "hello from Base"

    def __init__(self):
        self.log = ["Base"]

    @classmethod
    def create(cls):
        return cls.__name__ + " created by Base"

    def describe(self):
        return "Base.describe"

class Child(Base):
    greeting = "hello from Child"

    def __init__(self):
        super(Child, self).__init__()
        self.log.append("Child")

    @classmethod
    def create(cls):
        return "Child: " + super().create()

    def describe(self):
        return "Child / " + super().describe() + " / " + super().greeting

c = Child()
print(c.log)
print(Child.create())
print(c.describe())
print(super(Child, c).describe())
print(super(Child, Child).create())
s = super(Child, c)
print(repr(s).startswith("<super: <class 'Child'>, <Child object>>"))
print(super(Child, c).__class__)
try:
    super(Child, 1)
except TypeError as e:
    print("TypeError:", e)
