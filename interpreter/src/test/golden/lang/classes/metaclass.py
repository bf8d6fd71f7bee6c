# Metaclasses: a class of classes that adds behaviour and records subclasses.
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        ns["registered_name"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        Registry.classes.append(name)
        return cls

    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)

class Base(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v

class Child(Base):
    pass

print(Registry.classes, Base.registered_name, Child.registered_name)
print(type(Base) is Registry, type(Child).__name__, isinstance(Child, type))
c = Child(5)
print(c.v, type(c).__name__)

class Meta(type):
    def describe(cls):
        return "class " + cls.__name__
class Thing(metaclass=Meta):
    pass
print(Thing.describe())
try:
    Thing().describe
except AttributeError as e:
    print("AttributeError:", e)
