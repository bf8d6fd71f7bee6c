# join over every kind of iterable, strip/lstrip/rstrip with and without chars.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return str(self.n)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "s" + str(i)

print(", ".join(["a", "b", "c"]), "-".join(("x",)), "".join([]), "😀".join("abc"))
print("+".join({"k1": 1, "k2": 2}), "/".join(Countdown(4)), "|".join(Seq()), " ".join(map(str, range(5))))
print("".join(["a" * 3, "b" * 2]), repr("\n".join(["", ""])), ".".join(reversed("abc")))
one = "only"
print(", ".join([one]) is one, ", ".join((one,)) == one)

class Word(str):
    pass
r = ",".join([Word("w")])
print(type(r).__name__, r)

show("join int", lambda: ",".join(5))
show("join None", lambda: ",".join(None))
show("join ints", lambda: ",".join([1, 2]))
show("join mixed", lambda: ",".join(["a", "b", 3, "d"]))
show("join bytes", lambda: ",".join([b"a"]))
show("join no arg", lambda: ",".join())
show("join two args", lambda: ",".join("a", "b"))
show("join kw", lambda: ",".join(iterable="ab"))

samples = ["  padded  ", "\t\n text \r\x0b\x0c", "xxhixx", "", "   ", "\u3000wide\u2003", "\x1c\x1dsep\x1e\x1f",
           "😀x😀", "abcba", "\xa0nbsp\xa0", "\u200bzero\u200b"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print("   ", repr(s.strip("x")), repr(s.strip("ab")), repr(s.lstrip("😀")), repr(s.rstrip("😀x")), repr(s.strip("")),
          repr(s.strip(None)))
print(repr("www.example.com".strip("cmowz.")), repr("mississippi".rstrip("ips")), repr("mississippi".lstrip("mis")))

show("strip int", lambda: "a".strip(1))
show("lstrip list", lambda: "a".lstrip(["a"]))
show("rstrip bytes", lambda: "a".rstrip(b"a"))
show("strip two", lambda: "a".strip("a", "b"))
show("strip kw", lambda: "a".strip(chars="a"))
