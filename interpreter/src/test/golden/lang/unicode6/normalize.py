# unicodedata.normalize and is_normalized in the four forms
import unicodedata as ud

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
texts = ["", "abc", "caf\u00e9", "cafe\u0301", "\u212b", "A\u030a", "\u00c5\u0327", "\u1e9b\u0323",
         "\ufb01ne", "\u2460\u2461", "x\u00b2", "\u3131\u314f", "\u1100\u1161\u11a8", "\uac00\u11a8",
         "\ud55c\uad6d\uc5b4", "\u1112\u1161\u11ab", "\u0958", "\u0915\u093c", "\u0b47\u0b3e",
         "\u0b47\u0300\u0b3e", "a\u0328\u0301", "a\u0301\u0328", "q\u0307\u0323", "\u1e0b\u0323",
         "\u0f73\u0f80", "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f", "\uff21\uff22\uff23",
         "\u2126", "\u00bd", "\u2075", "\u33a1", "\U0001d400", "\U0002f800", "\uf900", "\u0344",
         "e\u0301\u0301", "\u0300a", "\u1100\u0300\u1161", "\U000110ab", "\U0001d15e\U0001d165",
         "Stra\u00dfe", "\u0130stanbul", "\U0001f600\u200d\U0001f4bb"]
for t in texts:
    row = []
    for form in FORMS:
        n = ud.normalize(form, t)
        row.append(ascii(n))
        assert ud.is_normalized(form, n), (form, t)
        assert ud.normalize(form, n) == n
    flags = "".join("1" if ud.is_normalized(f, t) else "0" for f in FORMS)
    print(ascii(t), flags, " ".join(row))

# every character of some blocks, decomposed and recomposed
changed = {f: 0 for f in FORMS}
for cp in list(range(0xa0, 0x2000)) + list(range(0x3000, 0x3400)) + list(range(0xf900, 0x10000)) + list(range(0x1d400, 0x1d800)):
    ch = chr(cp)
    for f in FORMS:
        if ud.normalize(f, ch) != ch:
            changed[f] += 1
print(changed)
hangul = "".join(chr(cp) for cp in range(0xac00, 0xd7a4, 37))
assert ud.normalize("NFC", ud.normalize("NFD", hangul)) == hangul
print(len(ud.normalize("NFD", hangul)), len(hangul))

def attempt(f, *args):
    try:
        print(ascii(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(ud.normalize, "nfc", "a")
attempt(ud.normalize, "NFX", "a")
attempt(ud.normalize, "NFX", 5)
attempt(ud.normalize, b"NFC", "a")
attempt(ud.normalize, "NFC", b"a")
attempt(ud.normalize, "NFC")
attempt(ud.normalize, "NFC", "a", "b")
try:
    ud.normalize(form="NFC", unistr="a")
except TypeError as e:
    print(type(e).__name__, e)
attempt(ud.is_normalized, "NFD", "\u00e9")
attempt(ud.is_normalized, "", "")
attempt(ud.is_normalized, None, "a")
attempt(ud.normalize, "NFX", "")
