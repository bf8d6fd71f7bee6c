# __repr__ and __str__ control how objects print.
class Plain:
    pass

class WithRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "WithRepr(" + repr(self.v) + ")"

class WithStr(WithRepr):
    def __str__(self):
        return "<" + str(self.v) + ">"

p = Plain()
print(repr(p).startswith("<__main__.Plain object at 0x"))
print(WithRepr("a"), str(WithRepr(1)), repr(WithRepr([1, 2])))
print(WithStr("b"), repr(WithStr("b")))
print([WithStr(1), WithStr(2)])
print({"k": WithRepr(None)})
print((WithStr(3),))
print(f"{WithStr(4)} {WithStr(5)!r}")
print(str(WithStr), repr(Plain))
