# Bound methods, class methods and static methods.
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    def warmer(self, by):
        return Temperature(self.degrees + by)

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

t = Temperature(20)
m = t.warmer
print(m(5).degrees)
print(m.__self__ is t, m.__func__ is Temperature.warmer)
print(Temperature.warmer(t, 1).degrees)
print(Temperature.freezing().degrees, t.freezing().degrees)
print(Temperature.convert(100), t.convert(-40))
print(type(Temperature.__dict__["freezing"]).__name__)
print(type(Temperature.__dict__["convert"]).__name__)
print(type(m).__name__)
print(t.warmer == t.warmer, t.warmer is t.warmer)

class Sub(Temperature):
    pass

print(type(Sub.freezing()).__name__)
