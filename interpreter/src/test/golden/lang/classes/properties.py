# Properties compute attributes and guard assignments.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("negative radius")
        self._r = value

    @radius.deleter
    def radius(self):
        print("deleting")
        del self._r

    @property
    def diameter(self):
        return 2 * self._r

c = Circle(2)
print(c.radius, c.diameter)
c.radius = 5
print(c.radius, c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.diameter = 3
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_r"))
print(type(Circle.radius).__name__)
print(Circle.diameter.fset)
