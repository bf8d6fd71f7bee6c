# find, rfind, index, rindex and count with start/end bounds, negative and huge indexes,
# objects with __index__, characters outside the BMP, and every argument error.

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "abracadabra"
for sub in ["a", "bra", "cad", "", "z", "abracadabra!", "ra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
bounds = [(None, None), (1, None), (1, 4), (-4, None), (-100, 100), (5, 2), (11, 11), (12, None),
          (0, -1), (Idx(3), Idx(8)), (2**100, None), (-2**100, 2**100)]
for b in bounds:
    print(b[0] if not isinstance(b[0], Idx) else "Idx", s.find("a", *b), s.rfind("a", *b), s.count("a", *b),
          s.find("", *b), s.rfind("", *b), s.count("", *b))

w = "x😀y😀z😀"
print(len(w), w.find("😀"), w.rfind("😀"), w.count("😀"), w.find("y", 2), w.find("😀", 2, 3), w.find("😀", 2, 4))
print(w.index("z"), w.rindex("😀", 0, -1), w.count("", 1, 3))

show("index found", lambda: s.index("cad"))
show("index missing", lambda: s.index("x"))
show("rindex missing", lambda: s.rindex("a", 1, 3))
show("find int", lambda: s.find(1))
show("rfind None", lambda: s.rfind(None))
show("count list", lambda: s.count(["a"]))
show("index bytes", lambda: s.index(b"a"))
show("find str start", lambda: s.find("a", "1"))
show("find float end", lambda: s.find("a", 0, 1.5))
show("find no args", lambda: s.find())
show("find 4 args", lambda: s.find("a", 1, 2, 3))
show("count kw", lambda: s.count("a", start=1))
show("rindex no args", lambda: s.rindex())
show("find None None", lambda: s.find("a", None, None))
show("unbound", lambda: str.find("hello", "l"))
show("unbound wrong self", lambda: str.count(5, "a"))

# the search counts non-overlapping matches
print("aaaa".count("aa"), "aaaaa".count("aa"), "ababab".count("aba"))
print("a" * 10 + "b" in "a" * 1000 + "b", ("ab" * 50).rfind("ba"), ("ab" * 50).find("bb"))

# an uncaught error ends the program with a traceback
def lookup(text, word):
    return text.index(word)

print(lookup("hello world", "world"))
print(lookup("hello world", "planet"))
