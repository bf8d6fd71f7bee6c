# Objects as dict keys and set members: __hash__ and __eq__ together.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return len(self.name)
    def __repr__(self):
        return "Key(" + self.name + ")"

d = {Key("A"): 1}
d[Key("a")] = 2
d[Key("bb")] = 3
print(d)
print(Key("BB") in d, Key("c") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s))

class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

t = {}
t[Loud(1)] = "one"
t[Loud(2)] = "two"
print(t[Loud(2)])
