def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
t(lambda: setattr(a, '__class__', 5))
t(lambda: setattr(a, '__class__', int))
t(lambda: setattr(1, '__class__', bool))
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('y',)
t(lambda: setattr(S1(), '__class__', S2))
class S3:
    __slots__ = ('x',)
s = S1()
s.__class__ = S3
print(type(s).__name__)

class Point:
    __fields__ = ('x', 'y')
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        args = ', '.join(f'{f}={getattr(self, f)!r}' for f in self.__fields__)
        return f'{type(self).__name__}({args})'
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.__fields__)
    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.__fields__))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def replace(self, **changes):
        values = {f: getattr(self, f) for f in self.__fields__}
        for k in changes:
            if k not in values:
                raise TypeError(f'unexpected field {k!r}')
        values.update(changes)
        return type(self)(**values)
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), p == (1, 2), len({p, Point(1, 2)}))
print(p.replace(y=5), sorted([Point(2, 1), Point(1, 9), Point(1, 3)]))
t(lambda: p.replace(z=1))
t(lambda: Point(1, 2, 3))
t(lambda: Point(q=1))

class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
print(Square(3).describe())
t(lambda: Blob().describe())
t(lambda: Shape().area())
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, k, v):
        raise AttributeError(f'cannot assign to field {k!r}')
    __delattr__ = __setattr__
fz = Frozen(3)
print(fz.v)
t(lambda: setattr(fz, 'v', 4))
def del_frozen():
    del fz.v
t(del_frozen)

class Registry:
    _items = []
    @classmethod
    def add(cls, x):
        cls._items.append(x)
        return cls
    def __class_getitem__(cls, k):
        return cls._items[k]
Registry.add(1).add(2)
print(Registry[1], Registry._items)
print(type(Registry).__name__, Registry.__name__, Registry.__qualname__, Registry.__module__, Registry.__doc__)
print(sorted(k for k in Registry.__dict__ if not k.startswith('__')), type(Registry.__dict__).__name__)
t(lambda: Registry.__dict__.__setitem__('x', 1))
class Doc:
    "docstring"
print(Doc.__doc__, Doc().__doc__)
