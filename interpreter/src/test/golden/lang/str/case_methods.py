# Case mapping: upper, lower, casefold, swapcase, title, capitalize, with Unicode special casing.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

words = ["hello", "HELLO", "Hello World", "ß", "straße", "ǅungla", "ﬁne", "ΣΑΣ ΟΔΟΣ",
         "İstanbul", "ŉ", "ΐ", "123abc", "", "mIxEd CaSe", "they're bill's friends",
         "a😀b", "𐐀𐐨", "ǈ", "ꭰ", "Ⅻ", "ⓐⓑ"]
for w in words:
    print(repr(w), "->", repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print("   ", repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))

# lengths change under special casing
print(len("ß".upper()), len("İ".lower()), len("ﬃ".upper()), len("ŉ".upper()))
# final sigma depends on the neighbours
for s in ["Σ", "ΑΣ", "ΑΣ Β", "Α.Σ", "ΑΣ.", "Σ΄Α", "ΑΣΑ"]:
    print(repr(s), repr(s.lower()))
# title case of digraphs and apostrophes
print("ǆemal ǉubljana".title(), "o'neil mc'donald".title(), "hello-world_foo bar".title())
print("ǆ".capitalize(), "ǳ".upper(), "ǲ".lower(), "ǲ".swapcase())

# results are always exact str, even for a subclass
class Name(str):
    pass
n = Name("Ada")
for m in (n.upper, n.lower, n.casefold, n.swapcase, n.title, n.capitalize):
    r = m()
    print(type(r).__name__, r)

# argument errors
show("upper(1)", lambda: "a".upper(1))
show("lower(x=1)", lambda: "a".lower(x=1))
show("title(1, 2)", lambda: "a".title(1, 2))
show("capitalize(None)", lambda: "a".capitalize(None))
show("casefold kw", lambda: "a".casefold(x=1))
show("unbound", lambda: str.upper(5))
show("unbound ok", lambda: str.swapcase("aBc"))
show("no args", lambda: str.lower())
