# center, ljust, rjust (fill characters, odd margins), zfill (signs) and expandtabs.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["", "a", "ab", "abc", "😀", "a😀b"]:
    for w in [-1, 0, 2, 3, 4, 5, 6, 7]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "😀")))

for s in ["42", "-42", "+42", "", "-", "+", "--1", "abc", "😀", "-😀", "3.14", "1e10"]:
    print(repr(s), repr(s.zfill(0)), repr(s.zfill(1)), repr(s.zfill(5)), repr(s.zfill(-3)))

for s in ["a\tb", "\t", "ab\tc\td", "abcdefgh\ti", "a\nb\tc", "x\r\ty", "😀\t😀\t", "\t\t", "no tabs"]:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)),
          repr(s.expandtabs(0)), repr(s.expandtabs(-2)), repr(s.expandtabs(tabsize=3)))

class Width:
    def __index__(self):
        return 6
print(repr("ab".center(Width(), ".")), repr("ab".zfill(Width())))

show("center str width", lambda: "a".center("5"))
show("center float", lambda: "a".center(5.0))
show("center fill int", lambda: "a".center(5, 0))
show("center fill long", lambda: "a".center(5, "ab"))
show("center fill empty", lambda: "a".center(5, ""))
show("ljust fill bytes", lambda: "a".ljust(5, b"x"))
show("rjust no width", lambda: "a".rjust())
show("rjust kw", lambda: "a".rjust(width=5))
show("ljust three", lambda: "a".ljust(5, "x", "y"))
show("zfill str", lambda: "1".zfill("5"))
show("zfill none", lambda: "1".zfill())
show("zfill huge", lambda: "1".zfill(2**80))
show("expandtabs str", lambda: "a\tb".expandtabs("4"))
show("expandtabs huge", lambda: "a\tb".expandtabs(2**40))
show("expandtabs bad kw", lambda: "a\tb".expandtabs(size=4))
show("center fill surrogate pair", lambda: "a".center(4, "😀"))
