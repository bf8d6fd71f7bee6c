# f-strings: conversions, format specs (nested, computed), the = form, and their errors.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "polar":
            return f"<{(self.x ** 2 + self.y ** 2) ** 0.5:.3f}>"
        return f"({self.x:{spec}}, {self.y:{spec}})"

p = Point(3, 4)
name, width, prec = "pi", 10, 3
print(f"{p}", f"{p!s}", f"{p!r}", f"{p!a}", f"{p:polar}", f"{p:.2f}", f"{p:>5}")
print(f"{name!r:>{width}}|{3.14159:{width}.{prec}f}|{3.14159:{'<'}{width}}|")
print(f"{'nested'!r:{'^'}{width + 4}}", f"{42:{'x' if width > 5 else 'd'}}", f"{255:#{'x'}}")
print(f"{p=}", f"{p = }", f"{p=!s}", f"{p=:polar}", f"{width*2=}", f"{name=:>6}", f"{ 1 + 1 = }")
print(f"{'é😀'!a}", f"{'tab\there'!r}", f"{[1, 'a']!s:>12}", f"{(1, 2)}", f"{ {'k': 1} }", f"{{braces}}")
print(f"{3.0:g}|{1e-9:g}|{123456789:,}|{0.25:.0%}|{-7:+05d}|{7:^+7}|{'x':-^5}")
print(f"{None!r}", f"{True:d}", f"{True}", f"{False!r:>6}", f"{1e100:.3}", f"{12:b}")
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for item, price, qty in items:
    print(f"{item:<10}|{price:>8.2f}|{qty:^5d}|{price * qty:>9,.2f}")
print(f"{'multi'}{'ple'}" f"{' parts'}", f"""{
    width
    +
    1
}""")

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("bad spec int", lambda: f"{5:q}")
show("bad spec str", lambda: f"{'s':d}")
show("bad spec obj", lambda: f"{object():x}")
show("computed bad", lambda: f"{5:{'z'}}")
show("format returns int", lambda: f"{type('B', (), {'__format__': lambda s, spec: 5})()}")
show("format raises", lambda: f"{type('R', (), {'__format__': lambda s, spec: 1 / 0})():x}")
show("str raises", lambda: f"{type('S', (), {'__str__': lambda s: [][1]})()!s}")
show("repr returns int", lambda: f"{type('Q', (), {'__repr__': lambda s: 7})()!r}")
print(f"{p:{1 / 0}}")
