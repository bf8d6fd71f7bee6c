# Overriding dunder methods of the base class, and calling the base version.
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Base(" + repr(self.v) + ")"
    def __eq__(self, other):
        return isinstance(other, Base) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

class Derived(Base):
    def __repr__(self):
        return "Derived:" + super().__repr__()

print(Base(1), Derived(2))
print(Base(1) == Derived(1), Derived(3) == Base(3), Base(1) == 1)
print(len({Base(1), Derived(1), Base(2)}))

class NoHash:
    def __eq__(self, other):
        return True

print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash() != 5)
