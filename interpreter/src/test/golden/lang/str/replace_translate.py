# replace (with count, also as a keyword in 3.13), translate and str.maketrans.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("at", "og", count=1), s.replace("at", "og", -1))
print(s.replace("the ", ""), s.replace("", "|"), s.replace("", "|", 3), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "😀a😀".replace("😀", "<>"), "abc".replace("", "😀", 2), "a😀".replace("", "-"))
print(s.replace("zzz", "y"), s.replace("t", "T", 0), s.replace(" ", "  ", 100))

show("replace int old", lambda: s.replace(1, "x"))
show("replace int new", lambda: s.replace("a", 2))
show("replace bad count", lambda: s.replace("a", "b", "2"))
show("replace float count", lambda: s.replace("a", "b", 1.0))
show("replace huge count", lambda: s.replace("a", "b", 2**80))
show("replace one arg", lambda: s.replace("a"))
show("replace kw old", lambda: s.replace(old="a", new="b"))
show("replace too many", lambda: s.replace("a", "b", 1, 2))
show("replace count twice", lambda: s.replace("a", "b", 1, count=2))

table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc-d".translate(table))
table = str.maketrans("ab", "AB", "cd")
print(sorted(table.items()), "abcdef".translate(table))
table = str.maketrans({"a": "1", "b": None, 99: "三", "😀": 128512 + 1})
print(sorted(table.items()), "abc😀".translate(table))
print(str.maketrans("", ""), str.maketrans("", "", ""), str.maketrans({}))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "hello".translate([]))
print("hello".translate({104: 72, 101: "é", 108: None, 111: "😀"}))

class Rot13(dict):
    def __missing__(self, key):
        c = chr(key)
        if "a" <= c <= "z":
            return (key - 97 + 13) % 26 + 97
        raise LookupError(key)
print("hello, world!".translate(Rot13()))

class Upper:
    def __getitem__(self, key):
        if key == 32:
            raise IndexError("space")
        return chr(key).upper()
print("a b c".translate(Upper()))

show("translate int", lambda: "abc".translate(5))
show("translate bad value", lambda: "abc".translate({97: 1.5}))
show("translate big value", lambda: "abc".translate({97: 0x110000}))
show("translate negative", lambda: "abc".translate({97: -1}))
show("translate no arg", lambda: "abc".translate())
show("translate error", lambda: "abc".translate({}.__class__(__missing__=1)))
class Broken:
    def __getitem__(self, key):
        raise ValueError("broken table")
show("translate raising", lambda: "abc".translate(Broken()))

show("maketrans no args", lambda: str.maketrans())
show("maketrans one str", lambda: str.maketrans("abc"))
show("maketrans lengths", lambda: str.maketrans("ab", "c"))
show("maketrans key len", lambda: str.maketrans({"ab": 1}))
show("maketrans key type", lambda: str.maketrans({1.5: 1}))
show("maketrans first", lambda: str.maketrans(1, "a"))
show("maketrans second", lambda: str.maketrans("a", 1))
show("maketrans third", lambda: str.maketrans("a", "b", 3))
show("maketrans four", lambda: str.maketrans("a", "b", "c", "d"))
show("maketrans via instance", lambda: "zzz".maketrans("a", "b"))
print(type(str.__dict__["maketrans"]).__name__)
