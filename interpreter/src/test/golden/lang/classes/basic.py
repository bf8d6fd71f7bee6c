# A class with an initialiser, methods and class attributes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

p = Point(3, -4)
print(p.x, p.y, p.norm1())
q = p.moved(1)
print(q.x, q.y)
print(Point.dims, p.dims)
p.dims = 3
print(Point.dims, p.dims)
print(type(p).__name__, type(p) is Point)
print(isinstance(p, Point), isinstance(5, Point))
print(p.__dict__)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(sorted([k for k in Point.__dict__ if not k.startswith("__")]))
