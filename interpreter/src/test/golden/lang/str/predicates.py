# The is* predicates over ASCII, Latin-1, other scripts and characters outside the BMP.

samples = ["", "abc", "ABC", "Abc", "abc123", "123", "٣٤", "½", "²", "Ⅻ", "一二", "   ", "\t\n",
           "\u00a0", "\u200b", "\x1c\x1d", "ab cd", "Hello World", "Hello world", "ǅa", "ǅA",
           "_id", "1id", "id1", "ñandú", "a-b", "𝔘𝔫𝔦", "😀", "𝟘𝟙", "x\u0301", "\x7f", "é",
           "\u2028", "ℌ", "ß", "ΣΣ", "σς", "a1!", "٠", "\U0001F1E6", "\U000E0041", "\uffff"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
         "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
print(" " * 14 + " ".join([n[2:6] for n in names]))
for s in samples:
    flags = []
    for n in names:
        flags.append(" T  " if getattr(s, n)() else " .  ")
    print(f"{ascii(s):>14}" + " ".join(flags))

# each control character and space-like character
print([c for c in map(chr, range(0x30)) if c.isspace()])
print([hex(i) for i in range(0x2000, 0x2030) if chr(i).isspace()])
print([hex(i) for i in range(0xa0) if not chr(i).isprintable()][:40])
print(len([i for i in range(0x3000) if chr(i).isdecimal()]), len([i for i in range(0x3000) if chr(i).isnumeric()]))

# keywords are identifiers; soft keywords too
print([w.isidentifier() for w in ['if', 'match', '_', '__init__', 'a b', '']])

for bad in [lambda: "a".isalpha(1), lambda: "a".isdigit(None), lambda: str.isspace(3), lambda: "a".isascii(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
