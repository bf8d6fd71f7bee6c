# printf-style formatting errors: argument counts, types, bad specs, mappings.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class NoIndex:
    pass
class IntOnly:
    def __int__(self):
        return 5
class FloatOnly:
    def __float__(self):
        return 1.5
class BadFloat:
    def __float__(self):
        return "no"

show("too many", lambda: "%s" % (1, 2))
show("too few", lambda: "%s %s" % (1,))
show("none for two", lambda: "%s %s" % "x")
show("not converted single", lambda: "text" % 5)
show("not converted tuple", lambda: "text" % (1,))
show("empty tuple ok", lambda: "text" % ())
show("list single", lambda: "%s" % [])
show("list no spec", lambda: "text" % [1])
show("d of str", lambda: "%d" % "5")
show("i of list", lambda: "%i" % [])
show("x of float", lambda: "%x" % 1.5)
show("o of str", lambda: "%o" % "8")
show("X of None", lambda: "%X" % (None,))
show("d of None", lambda: "%d" % None)
show("d of IntOnly", lambda: "%d" % IntOnly())
show("x of IntOnly", lambda: "%x" % IntOnly())
show("d of FloatOnly", lambda: "%d" % FloatOnly())
show("f of str", lambda: "%f" % "1.5")
show("e of None", lambda: "%e" % None)
show("g of list", lambda: "%g" % [1])
show("f of IntOnly", lambda: "%f" % IntOnly())
show("f of BadFloat", lambda: "%f" % BadFloat())
show("f of NoIndex", lambda: "%f" % NoIndex())
show("c of long str", lambda: "%c" % "ab")
show("c of empty", lambda: "%c" % "")
show("c of float", lambda: "%c" % 1.5)
show("c too big", lambda: "%c" % 0x110000)
show("c negative", lambda: "%c" % -1)
show("unsupported char", lambda: "%y" % 1)
show("unsupported nonascii", lambda: "%é" % 1)
show("unsupported at index", lambda: "abc %-5k" % 1)
show("incomplete", lambda: "abc %" % ())
show("incomplete flags", lambda: "%-5" % 1)
show("incomplete mapping", lambda: "%(a" % {"a": 1})
show("mapping needed", lambda: "%(a)s" % (1,))
show("mapping needed str", lambda: "%(a)s" % "x")
show("mapping key missing", lambda: "%(b)s" % {"a": 1})
show("mixed mapping", lambda: "%(a)s %s" % {"a": 1})
show("star needs int", lambda: "%*d" % ("5", 1))
show("star precision needs int", lambda: "%.*f" % (1.5, 1.0))
show("star too few", lambda: "%*d" % (5,))
show("star with mapping", lambda: "%(a)*d" % {"a": 1})
show("width too big", lambda: "%99999999999999999999d" % 1)
show("precision too big", lambda: "%.99999999999999999999d" % 1)
show("int % str", lambda: 3 % "x")
show("str % unsupported rmod", lambda: "%s" % NotImplemented)

def report(score, total):
    return "score: %d/%d (%.1f%%)" % (score, total, 100 * score / total)

print(report(7, 8))
print(report("seven", 8))
