# Rich comparisons, reflection, and the NotImplemented fallback.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, b > a, a <= c, b >= a)
print(sorted([b, a, Version(0, 9)]))
print(max([a, b]), min([a, b]))
print(a == 1, 1 == a, a != "x")
try:
    a < 1
except AttributeError as e:
    print("AttributeError:", e)

class Anything:
    def __eq__(self, other):
        return True
    def __gt__(self, other):
        return "gt called"

print(1 == Anything(), Anything() == None)
print(1 < Anything())
try:
    Anything() < Anything()
except TypeError as e:
    print("TypeError:", e)
