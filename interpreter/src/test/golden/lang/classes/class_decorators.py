# Class decorators receive the class and may replace it.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join([k + "=" + repr(v) for k, v in vars(self).items()])
        return cls.__name__ + "(" + fields + ")"
    cls.__repr__ = __repr__
    return cls

def count_instances(cls):
    original = cls.__init__
    def __init__(self, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        original(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls

@add_repr
@count_instances
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2), Point(3, 4))
print(Point.instances)
Point.__repr__ = lambda self: "changed"
print(Point(0, 0))
del Point.__repr__
print(repr(Point(0, 0)).startswith("<__main__.Point object"))
