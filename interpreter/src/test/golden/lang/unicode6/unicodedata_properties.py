# unicodedata's character properties, Unicode 15.1, and their errors
import unicodedata as ud

chars = ["A", "z", "0", "9", " ", "\t", "\n", "\x00", "\x85", "\xa0", "\xad", "\xbd", "\xb2", "\xe9", "\u0301",
         "\u0327", "\u0345", "\u05d0", "\u0627", "\u0660", "\u06f5", "\u0966", "\u0e50", "\u1369", "\u16ee",
         "\u2028", "\u2029", "\u200b", "\u200d", "\u202e", "\u2066", "\u2153", "\u2160", "\u216f", "\u2189",
         "\u2460", "\u24ea", "\u2603", "\u3000", "\u3007", "\u3042", "\u4e00", "\u4e94", "\u5146", "\uac00",
         "\ud800", "\udc00", "\ue000", "\uf900", "\uf96b", "\ufb01", "\ufe0f", "\uff10", "\uff21", "\uffe0",
         "(", ")", "<", "[", "\u00ab", "\u2264", "\U0001f600", "\U0001f1eb", "\U0001d7ce", "\U00010107",
         "\U00010fc5", "\U00012432", "\U00016b61", "\U0001ecb3", "\U0001fbf9", "\U00020000", "\U0003134a",
         "\U000e0001", "\U000e0100", "\U000f0000", "\U0010fffd", "\U0010ffff", "\u0378", "\U0001e4ef",
         "\U00011f50", "\U0001f6dc", "\u2ffc", "\U00031350"]
for ch in chars:
    print("U+%04X" % ord(ch), ud.category(ch), repr(ud.bidirectional(ch)), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), ud.decimal(ch, None), ud.digit(ch, None),
          ud.numeric(ch, None), repr(ud.decomposition(ch)))

# tallies over the whole code space
cats = {}
widths = {}
mirrored = 0
numerics = 0
total = 0.0
for cp in range(0, 0x110000, 13):
    ch = chr(cp)
    cats[ud.category(ch)] = cats.get(ud.category(ch), 0) + 1
    widths[ud.east_asian_width(ch)] = widths.get(ud.east_asian_width(ch), 0) + 1
    mirrored += ud.mirrored(ch)
    n = ud.numeric(ch, None)
    if n is not None:
        numerics += 1
        total += n
print(sorted(cats.items()))
print(sorted(widths.items()))
print(mirrored, numerics, total)

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for f in (ud.decimal, ud.digit, ud.numeric):
    attempt(f, "x")
    attempt(f, "x", -1)
    attempt(f, "\u2155")
    attempt(f, "\u00b9", "none")
    attempt(f, "ab")
    attempt(f, 5)
    attempt(f)
for f in (ud.category, ud.bidirectional, ud.combining, ud.east_asian_width, ud.mirrored, ud.decomposition):
    attempt(f, "")
    attempt(f, "xy")
    attempt(f, None)
    attempt(f, "a", "b")
print(ud.numeric("\u0f33"), ud.numeric("\U00012432"), ud.numeric("\u5146"), ud.numeric("\U0001ed3c"))
print(int("\u0661\u0662"), float("\uff11.\u0665"), "\u2155".isnumeric(), "\u00b2".isdecimal())
