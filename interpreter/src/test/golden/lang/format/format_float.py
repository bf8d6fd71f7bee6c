# format() of float: e, f, g, %, n and no type; precision, rounding, infinities, nan, -0.0, z.

values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1e-7, 1.5e-5, 123456.789, 1e16, 1.2345e22,
          -9.999e-5, 0.5, 1.5, 2.675, 1e300, 5e-324, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".3E", "g", ".0g", ".1g", ".3g", ".12g", "G", "#g",
         "#.0f", "#.0e", "%", ".1%", "n", ".3n", ",", ",.2f", "_.3f", "+", " ", "+.3", "12.4", "<12.2f",
         "^12.2e", "=+12.3f", "012.3f", "z.1f", "z", "z.0e", "r" if False else ".20g", ".3"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(v), row)

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("d of float", lambda: format(1.5, "d"))
show("x of float", lambda: format(1.5, "x"))
show("c of float", lambda: format(1.5, "c"))
show("s of float", lambda: format(1.5, "s"))
show("alternate no type", lambda: format(1.0, "#"))
show("precision huge", lambda: format(1.0, ".2000000000f"))
show("comma g", lambda: format(1234567.0, ",g"))
show("comma n", lambda: format(1234.5, ",n"))
show("underscore e", lambda: format(12345.678, "_e"))
show("big f", lambda: format(1e50, "f"))
show("tiny g", lambda: format(1e-320, "g"))
show("rounding half even", lambda: [format(x, ".0f") for x in (0.5, 1.5, 2.5, 3.5, -0.5)])
show("repr-like", lambda: [format(x, "") for x in (1e16, 1e-5, 123.0, 1e22)])
print(float.__format__(2.5, "08.3f"), f"{3.14159:.2f}", f"{1/3:.5}", f"{2/3:10.4%}", f"{-1e-10:z.3f}")
print(f"{1e6:,.2f}", f"{0.000123:e}", f"{12345.6789:_g}", f"{float('nan'):>6}", f"{-float('inf'):+}")

class Money(float):
    def __str__(self):
        return "$" + format(float(self), ".2f")
m = Money(3.5)
print(format(m), format(m, ""), format(m, ".1f"), f"{m}", str(m), repr(m))
