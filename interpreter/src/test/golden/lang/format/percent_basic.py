# printf-style str % args: every conversion with tuples and single values.

class Thing:
    def __str__(self):
        return "thing-str"
    def __repr__(self):
        return "thing-repr"

print("%s|%r|%a" % ("é😀", "é😀", "é😀"))
print("%s|%r|%a" % (Thing(), Thing(), Thing()))
print("%s %s %s" % (1, 2.5, None), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % ({"k": "v"},))
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % -3.99, "%i" % True, "%d" % 2**80)
print("%o %x %X" % (8, 255, 255), "%o" % -8, "%x" % -255, "%#o %#x %#X" % (8, 255, 255), "%#x" % 0)
print("%e|%E|%f|%F|%g|%G" % (12345.678, 12345.678, 12345.678, 12345.678, 12345.678, 0.000012345))
print("%f %F %e %g" % (float("inf"), float("-inf"), float("nan"), -0.0))
print("%.0f %.1f %.2e %.3g %.10g" % (2.5, 0.05, 1234.5, 1234.5, 1 / 3))
print("%c%c%c" % (72, "i", 0x1F600), "%c" % "é", "%5c|%-5c|" % ("a", "b"))
print("%%", "100%%" % (), "%s%%" % 50, "%% %s %%" % "mid")
print("%s" % "single", "%r" % "single", "%d%%" % 5, "%s" % (("tuple in tuple",),))
print("%5s|%-5s|%5.2s|%.1s|%-8r|" % ("ab", "ab", "abc", "xyz", "r"))
print("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|" % (42, 42, 42, 42, 42, 42, 42, 42))
print("%.3d|%8.3d|%-8.3x|%#8.3o|%08.3d|" % (7, 7, 255, 8, 7))
print("%10.3f|%-10.3f|%010.3f|%+.2f|% .2f|%#.0f|%#.0e|%#g|" % (3.14159, 3.14159, -3.14159, 1, 1, 3, 3, 1.0))
print("%*d|%-*d|%.*f|%*.*f|" % (6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828))
print("%*s|" % (-6, "neg"), "%.*s|" % (-1, "all"), "%0*d" % (5, 3))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Ann", "age": 30})
print("%(x)5.1f|%(x)-8.3e|%(y)s|%%" % {"x": 2.25, "y": [1]})
print("%s" % {"a": 1}, "%(a)s %(a)s" % {"a": "twice"}, "%()s" % {"": "empty key"})
print("%(k)s" % {"k": "v", "unused": 1}, "no specs" % {"a": 1}, "%s" % ({},))

class Num:
    def __index__(self):
        return 10
    def __int__(self):
        return 11
    def __float__(self):
        return 12.5
print("%d %i %x %o %f %e %c" % (Num(), Num(), Num(), Num(), Num(), Num(), Num()))

class IntOnly:
    def __int__(self):
        return 5
class FloatOnly:
    def __float__(self):
        return 1.25
print("%d" % IntOnly(), "%f" % FloatOnly(), "%d" % FloatOnly() if False else "%.1f" % IntOnly() if False else "ok")

class Big(int):
    def __repr__(self):
        return "Big!"
    def __str__(self):
        return "big-str"
print("%d %s %r %x" % (Big(26), Big(26), Big(26), Big(26)))
class Flt(float):
    def __repr__(self):
        return "Flt!"
print("%f %s %r %g" % (Flt(0.5), Flt(0.5), Flt(0.5), Flt(0.5)))
