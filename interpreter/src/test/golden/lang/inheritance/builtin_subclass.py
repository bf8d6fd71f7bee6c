# Subclasses of built-in types keep the built-in behaviour.
class MyList(list):
    def total(self):
        return sum(self)

ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__)
print(ml[1:3], type(ml[1:3]).__name__)
print(isinstance(ml, list))

class CountingDict(dict):
    def __missing__(self, key):
        return 0

cd = CountingDict()
cd["a"] += 1
cd["a"] += 1
cd["b"] += 5
print(cd, cd["zzz"], "zzz" in cd)

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, n.shout(), len(n), n + "x", isinstance(n, str))

class Meters(int):
    def __repr__(self):
        return str(int(self)) + "m"

m = Meters(5)
print(repr(m), m + 1, m * 2, repr(Meters(7)))

class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))

print(Pair((1, 2)).swap(), type(Pair((1, 2)).swap()).__name__)
print(MyList.__mro__)
