# repr(), str(), ascii() and print of strings: quotes, escapes, non-printable characters.

samples = ["", "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
           "cr\rlf", "\x00\x01\x1f", "\x7f", "\x80\x9f", "\xa0", "\xad", "é", "\u0300", "\u200b\u200e",
           "\u2028\u2029", "\u3000", "\ufeff", "\ufffd", "\uffff", "\ud800", "\udfff", "😀", "\U0001F1E6",
           "\U000E0001", "\U0010FFFF", "\U000F0000", "𝔘", "\u0378", "\u061c", "\u1680", "\x85", "中文"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), s.isprintable())
print(repr(samples))
print(str(samples[:5]))
print({"k'": "v\"", "\t": "\n"})
print(("😀", "\x00"))

# every ASCII character's repr
print("".join([repr(chr(i))[1:-1] for i in range(128)]))
# a range of Latin-1 and general punctuation
print(repr("".join([chr(i) for i in range(0x80, 0x100)])))
print(repr("".join([chr(i) for i in range(0x2000, 0x2070)])))

class Quoted(str):
    def __repr__(self):
        return "Quoted(" + super().__repr__() + ")"
q = Quoted("x'y")
print(repr(q), str(q), [q], f"{q!r}", "%r" % q, "{!r}".format(q))

class Shout(str):
    def __str__(self):
        return self.upper()
sh = Shout("quiet")
print(str(sh), repr(sh), f"{sh}", "%s" % sh, "{}".format(sh), format(sh), sh + "!")
print(str.__repr__("a'b"), str.__str__("x"), type(str.__str__(sh)).__name__)
