# __format__, __str__ and __repr__ of user classes and of subclasses of int, float and str, as
# format(), f-strings, str.format and % reach them; inherited and overridden __format__.

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        body = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return format(value, body or ".1f") + "°" + unit
    def __str__(self):
        return format(self, "")
    def __repr__(self):
        return "Temperature(%r)" % self.celsius

t = Temperature(21.5)
print(format(t), format(t, "F"), format(t, ".3K"), f"{t:>8.0F}", "{:C}".format(t), str(t), repr(t), "%s|%r" % (t, t))

class Hex(int):
    def __format__(self, spec):
        return "0x" + super().__format__(spec or "x")
h = Hex(255)
print(format(h), format(h, "04X"), f"{h}", f"{h:b}", "{}".format(h), "%d %s %x" % (h, h, h), str(h), repr(h))

class Percent(float):
    def __format__(self, spec):
        return float.__format__(self * 100, spec or ".1f") + "%"
p = Percent(0.256)
print(format(p), f"{p:.0f}", "{:>8}".format(p), "%.2f" % p, str(p))

class Label(str):
    def __format__(self, spec):
        return "[" + str.__format__(self, spec) + "]"
lab = Label("tag")
print(format(lab), f"{lab:^7}", "{:>6}".format(lab), "%s" % lab, "%5s" % lab, lab + "!", f"{lab!s:>5}")

class Quiet(int):
    pass
class Loud(int):
    def __str__(self):
        return "LOUD"
print(format(Quiet(5)), format(Quiet(5), "03"), format(Loud(5)), format(Loud(5), ""), format(Loud(5), "d"))
print(f"{Loud(7)}", f"{Loud(7):>3}", "{}".format(Loud(7)), "%s %d" % (Loud(7), Loud(7)))

class StrFloat(float):
    def __str__(self):
        return "sf"
print(format(StrFloat(1.5)), format(StrFloat(1.5), ""), format(StrFloat(1.5), "g"), f"{StrFloat(2.0)}")
class StrStr(str):
    def __str__(self):
        return "overridden"
print(format(StrStr("x")), format(StrStr("x"), ""), format(StrStr("x"), "s"), f"{StrStr('y')}", f"{StrStr('y')!s}")

class Base:
    def __format__(self, spec):
        return "Base:" + spec
class Child(Base):
    pass
class Override(Base):
    def __format__(self, spec):
        return "Override:" + super().__format__(spec.upper())
print(format(Child(), "x"), f"{Override():abc}", "{0:q} {0!s:>1}".format(Child())[:10])

class Recursive:
    def __init__(self, depth):
        self.depth = depth
    def __format__(self, spec):
        if self.depth == 0:
            return "leaf"
        return "(" + format(Recursive(self.depth - 1), spec) + ")"
print(format(Recursive(5), "s"))

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class ReturnsBytes:
    def __format__(self, spec):
        return b"bytes"
class TakesNoSpec:
    def __format__(self):
        return "never"
class NotCallable:
    __format__ = None
show("returns bytes", lambda: format(ReturnsBytes()))
show("returns bytes f", lambda: f"{ReturnsBytes()}")
show("takes no spec", lambda: format(TakesNoSpec(), "x"))
show("not callable", lambda: format(NotCallable()))
show("sub-int bad spec", lambda: format(Quiet(1), "s"))
show("sub-str bad spec", lambda: format(StrStr("a"), "d"))
show("sub-float bad spec", lambda: format(StrFloat(1.0), "x"))
show("class format", lambda: format(Temperature, "x"))
show("label bad spec", lambda: format(lab, "d"))
