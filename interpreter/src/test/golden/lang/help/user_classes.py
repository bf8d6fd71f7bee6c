# help() of classes written in Python: the whole pydoc class page

class Shape:
    """A shape."""
    sides = 0

    def area(self):
        """The area."""
        return 0

    def describe(self, verbose=False):
        """Describe the shape."""
        return 'shape'

    @property
    def name(self):
        """The name of the shape."""
        return 'shape'


class Rectangle(Shape):
    """A rectangle.

    It has a width and a height.
    """
    sides = 4
    units = 'cm'
    colors = ['red', 'green', 'blue']
    long_text = 'x' * 200

    def __init__(self, width, height=1):
        self.width = width
        self.height = height

    def __repr__(self):
        return 'Rectangle(%r, %r)' % (self.width, self.height)

    def area(self):
        return self.width * self.height

    @classmethod
    def square(cls, side):
        """Make a square."""
        return cls(side, side)

    @staticmethod
    def unit():
        """The unit."""
        return 'cm'

    @property
    def ratio(self):
        return self.width / self.height

    @ratio.setter
    def ratio(self, value):
        pass

    async def draw(self, canvas):
        """Draw it."""


class Empty:
    pass


class WithSlots:
    """Slots."""
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


class Child(Rectangle):
    def extra(self):
        "Extra."


help(Shape)
help(Rectangle)
help(Empty)
help(WithSlots)
help(Child)
r = Rectangle(2, 3)
help(r)
help(r.area)
help(Rectangle.square)
help(Rectangle.area)
help(Rectangle.ratio)
print(Rectangle.__doc__)
print(Rectangle.area.__doc__, Child.extra.__doc__)
print(r.describe.__doc__)
