# format() of complex: both parts, precision, alignment, signs, no-type repr-like output.

values = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.25j, 3.14159 + 2.71828j, 1e20 + 1e-20j, -0j,
          -0.0 + 0j, 1e400 + 1e400j, -1e400j, 123456.789 - 0.001j, 2 + 0j]
specs = ["", "f", ".2f", ".0f", "e", ".3e", "g", ".3g", "G", "n", ">30", "<30.2f", "^30", "+", " ", "+.1f",
         "30.3", "_", ",.2f", "#g", "z.1f", ".1"]
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

show("zero pad", lambda: format(1 + 2j, "010"))
show("equals align", lambda: format(1 + 2j, "=10"))
show("percent", lambda: format(1 + 2j, "%"))
show("d", lambda: format(1 + 2j, "d"))
show("s", lambda: format(1 + 2j, "s"))
show("x", lambda: format(1 + 2j, "x"))
show("bad spec type", lambda: format(1j, 5))
show("via method", lambda: complex.__format__(1 + 1j, ".1f"))
show("method bad arg", lambda: (1j).__format__(None))
print(f"{1+2j:.1f}", f"{-1j:>8}", f"{1 - 1j!r:^12}", f"{2j:e}", "{:.2}".format(1.2345 + 5.4321j))
