# A base class that raises NotImplementedError for methods subclasses provide.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must define area")

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side

class Blob(Shape):
    pass

print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
shapes = [Square(1), Square(2)]
print(sum([s.area() for s in shapes]))
