# format() of int and bool: every presentation type, alignment, sign, grouping, alternate form.

values = [0, 1, -1, 7, 42, -42, 255, 1000, -1000, 123456789, -987654321, 2**64, -(2**70) + 1, True, False]
specs = ["", "d", "5", "<6", ">6", "^7", "=8", "08", "+", "-", " ", "+08", "x", "X", "#x", "#X", "o", "#o",
         "b", "#b", "#010b", ",", "_", "_x", "_b", "#_o", ",d", "12,", "*^12,", "c", "n", "e", ".2f", "%",
         ".3g", "G", "E", "10.1%", "+.1e", "0=+10", "z", "#", "_d", ".0f"]
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

show("c of big", lambda: format(0x110000, "c"))
show("c negative", lambda: format(-1, "c"))
show("c with sign", lambda: format(65, "+c"))
show("c alternate", lambda: format(65, "#c"))
show("c comma", lambda: format(65, ",c"))
show("precision", lambda: format(5, ".2"))
show("precision d", lambda: format(5, ".2d"))
show("unknown type", lambda: format(5, "s"))
show("unknown type bool", lambda: format(True, "s"))
show("z", lambda: format(5, "z"))
show("zd", lambda: format(5, "zd"))
show("both separators", lambda: format(5, ",_"))
show("separator twice", lambda: format(5, "__"))
show("comma x", lambda: format(255, ",x"))
show("comma n", lambda: format(5, ",n"))
show("comma b", lambda: format(5, ",b"))
show("sign in s", lambda: format("x", "+"))
show("invalid spec", lambda: format(5, "10q5"))
show("trailing junk", lambda: format(5, "5d "))
show("huge width", lambda: format(5, "99999999999999999999"))
show("fill only", lambda: format(5, "x<"))
show("unicode fill", lambda: format(5, "😀^7"))
show("zero fill with align", lambda: format(-5, "<05"))
show("alt with decimal", lambda: format(5, "#d"))
show("padding wide", lambda: format(-12345, "=+12,"))
print(int.__format__(7, "03"), bool.__format__(True, ""), bool.__format__(False, "^7"), format(True, "d"))
print(f"{1234567:,}", f"{1234567:_}", f"{-0xdead:#_x}", f"{10**20:,}", f"{255:08b}", f"{7:+}")
