# A class hierarchy with abstract-style methods, class attributes and polymorphism.
class Shape:
    count = 0
    sides = None

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def describe(self):
        return self.name + ": area=" + str(self.area())

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        super().__init__("triangle")
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


shapes = [Rect(2, 3), Square(2), Triangle(3, 4), Rect(1, 1)]
for s in sorted(shapes):
    print(s.describe(), s.sides, type(s).__mro__[1].__name__)
print(Shape.count, max(shapes).name, min(shapes).name)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
try:
    Shape("blob").describe()
except NotImplementedError:
    print("blob has no area")
