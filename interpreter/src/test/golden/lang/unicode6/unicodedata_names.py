# unicodedata.name and lookup: names, aliases, named sequences, and their errors
import unicodedata

print(unicodedata.unidata_version)
for ch in ["a", "Z", " ", "\u00e9", "\u0391", "\u05d0", "\u0627", "\u0915", "\u0e01", "\u1100", "\u2014", "\u20ac",
           "\u2603", "\u3042", "\u4e00", "\u9fff", "\uac00", "\ud7a3", "\uf900", "\ufb01", "\ufeff", "\uff21",
           "\U0001f600", "\U0001f4a9", "\U0001fae8", "\U0001d400", "\U00013000", "\U00020000", "\U0002ebe0",
           "\U00031350", "\U000323af", "\U00018b00", "\U0001b170", "\U0001b2fb", "\U000e0001", "\U000e01ef",
           "\U00011f00", "\U0001e4d0", "\U0001d2c0"]:
    print("U+%04X" % ord(ch), unicodedata.name(ch))

# characters without names: controls, surrogates, private use, unassigned, Tangut ideographs
for ch in ["\x00", "\x1f", "\x7f", "\x85", "\x9f", "\ud800", "\udfff", "\ue000", "\U000f0000", "\u0378",
           "\U0001fffe", "\U0010ffff", "\U00017000", "\U00018aff", "\U0002a6e0"]:
    print("U+%04X" % ord(ch), unicodedata.name(ch, None), unicodedata.name(ch, "-"))
    try:
        unicodedata.name(ch)
    except ValueError as e:
        print("  ", type(e).__name__, e)

# lookup: any case, aliases, algorithmic names (upper case only), named sequences
for name in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter Sharp S", "EURO SIGN",
             "SNOWMAN", "GRINNING FACE", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-2EBE0",
             "CJK COMPATIBILITY IDEOGRAPH-FA6D", "cjk compatibility ideograph-fa6d", "HANGUL SYLLABLE GAG",
             "HANGUL SYLLABLE PWILH", "NUSHU CHARACTER-1B2FB", "BOM", "bom", "ZWNBSP", "BYTE ORDER MARK",
             "LATIN CAPITAL LETTER GHA", "NULL", "ESCAPE", "ESC", "NEL", "NEXT LINE", "VS1", "VS17",
             "PRIVATE USE-2", "WEIERSTRASS ELLIPTIC FUNCTION", "SCRIPT CAPITAL P",
             "KEYCAP NUMBER SIGN", "keycap digit one", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
             "TAMIL CONSONANT SS", "BENGALI LETTER KHINYA"]:
    found = unicodedata.lookup(name)
    print(repr(name), ascii(found), len(found))
print(unicodedata.lookup(b"LATIN SMALL LETTER B"), unicodedata.lookup(b"snowman") == "\u2603")

def attempt(f, *args):
    try:
        print(ascii(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for name in ["NO SUCH NAME", "", " LATIN SMALL LETTER A", "LATIN SMALL LETTER A ", "LATIN  SMALL LETTER A",
             "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-04E00",
             "CJK UNIFIED IDEOGRAPH-4DC0", "CJK UNIFIED IDEOGRAPH-2A6E0", "hangul syllable ga",
             "HANGUL SYLLABLE ", "HANGUL SYLLABLE GGGA", "HANGUL SYLLABLE X", "TANGUT IDEOGRAPH-17000",
             "CJK COMPATIBILITY IDEOGRAPH-FA6E", "LINE FEED (LF)", "BELL", "A" * 256, "A" * 257,
             "LATIN SMALL LETTER \u00e9", "\u00e9" * 128, "\u00e9" * 129]:
    attempt(unicodedata.lookup, name)
attempt(unicodedata.lookup, 65)
attempt(unicodedata.lookup)
attempt(unicodedata.name, "ab")
attempt(unicodedata.name, "")
attempt(unicodedata.name, 97)
attempt(unicodedata.name, b"a")
attempt(unicodedata.name)
attempt(unicodedata.name, "a", "b", "c")
attempt(unicodedata.name, "\U0001f600", 5)

# name and lookup agree, across many blocks
count = 0
for cp in range(0x20, 0x30000, 97):
    n = unicodedata.name(chr(cp), None)
    if n is not None:
        assert unicodedata.lookup(n) == chr(cp), n
        count += 1
print("round trips:", count)
print(unicodedata.lookup("SPARKLES"), unicodedata.lookup("latin small letter thorn"))
unicodedata.lookup("LATIN SMALL LETTER UNICORN")
