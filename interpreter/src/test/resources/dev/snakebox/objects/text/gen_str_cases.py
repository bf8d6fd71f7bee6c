"""Generate the expected values of the str method tests from the oracle (CPython 3.13.2).

Run from this directory with the oracle:

    ../../../../../../../../../shared/oracle/py313 gen_str_cases.py

Every expected value is computed by CPython; nothing is written by hand. Files (UTF-8 text,
fields separated by tabs):

  unicode_flags.tsv     NAME  flips...   for every predicate, the code points (hex) where its
                        answer changes, from False at U+0000, over all 0x110000 code points:
                        one-character str predicates, and some two- or three-character strings
                        that show the flags the case algorithms use (cased, case-ignorable)
  case_mappings.tsv     METHOD  CP  RESULT   (hex code points of the result) for every code point
                        whose one-character string the method changes
  method_cases.tsv      METHOD  RECEIVER  ARGS...  =>  EXPECTED [LOG]

Values in method_cases.tsv:
  s:TEXT   a str, escaped: characters outside '!'..'~' and the characters \\ , = as \\xhh,
           \\uhhhh or \\Uhhhhhhhh
  i:N      an int          N  None          T / F  True / False
  lN:A,B   a list (or tuple) of N strs, each escaped
  y:HEX    bytes           d:K=V,...  a dict of int keys to None (N), ints (iN) or strs (sTEXT)
  E:TYPE:MESSAGE   the exception raised (message escaped)
translate lines end with the keys the table was asked for, in order (lN: with decimal ints).
"""

import sys
import unicodedata

assert sys.version_info[:2] == (3, 13), sys.version

N = 0x110000


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E and ch not in "\\,=":
            out.append(ch)
        elif o < 0x100:
            out.append("\\x%02x" % o)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    return "".join(out)


def representable(v):
    """Java strings cannot hold a high surrogate code point followed by a low one: they would pair."""
    if isinstance(v, str):
        return not any("\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff" for a, b in zip(v, v[1:]))
    if isinstance(v, (list, tuple)):
        return all(representable(x) for x in v)
    if isinstance(v, dict):
        return all(representable(x) for x in v.values())
    return True


def check_representable(v):
    assert representable(v), ascii(v)


def enc(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, str):
        check_representable(v)
        return "s:" + esc(v)
    if isinstance(v, (list, tuple)):
        for x in v:
            assert isinstance(x, str), v
            check_representable(x)
        return "l%d:%s" % (len(v), ",".join(esc(x) for x in v))
    if isinstance(v, bytes):
        return "y:" + v.hex()
    if isinstance(v, dict):
        items = []
        for k, x in v.items():
            if x is None:
                items.append("%d=N" % k)
            elif isinstance(x, int):
                items.append("%d=i%d" % (k, x))
            else:
                items.append("%d=s%s" % (k, esc(x)))
        return "d:" + ",".join(items)
    raise TypeError(v)


def flips(pred):
    result = []
    state = False
    for code in range(N):
        if bool(pred(code)) != state:
            result.append(code)
            state = not state
    return result


def write_flags():
    c = chr
    predicates = [
        ("isalpha", lambda x: c(x).isalpha()),
        ("isalnum", lambda x: c(x).isalnum()),
        ("isdecimal", lambda x: c(x).isdecimal()),
        ("isdigit", lambda x: c(x).isdigit()),
        ("isnumeric", lambda x: c(x).isnumeric()),
        ("isspace", lambda x: c(x).isspace()),
        ("islower", lambda x: c(x).islower()),
        ("isupper", lambda x: c(x).isupper()),
        ("istitle", lambda x: c(x).istitle()),
        ("isidentifier", lambda x: c(x).isidentifier()),
        ("isprintable", lambda x: c(x).isprintable()),
        # two-character strings: the flags the string predicates combine
        ("A+c isupper", lambda x: ("A" + c(x)).isupper()),
        ("a+c islower", lambda x: ("a" + c(x)).islower()),
        ("A+c istitle", lambda x: ("A" + c(x)).istitle()),
        ("a+c isidentifier", lambda x: ("a" + c(x)).isidentifier()),
        ("a+c+b splits in two lines", lambda x: len(("a" + c(x) + "b").splitlines()) == 2),
        ("a+c+b splits in two words", lambda x: len(("a" + c(x) + "b").split()) == 2),
        # cased: title() lowers what follows a cased character
        ("c+A title lowers A", lambda x: (c(x) + "A").title()[-1] == "a"),
        # case-ignorable characters are skipped when looking for the cased neighbour of a sigma
        ("A+c+SIGMA lower is final", lambda x: ("A" + c(x) + "\u03a3").lower()[-1] == "\u03c2"),
        ("space+c+SIGMA lower is final", lambda x: (" " + c(x) + "\u03a3").lower()[-1] == "\u03c2"),
        ("A+SIGMA+c lower is final", lambda x: ("A\u03a3" + c(x)).lower()[1] == "\u03c2"),
    ]
    with open("unicode_flags.tsv", "w", encoding="utf-8", newline="\n") as f:
        for name, pred in predicates:
            f.write(name + "\t" + " ".join("%x" % x for x in flips(pred)) + "\n")


def write_case_mappings():
    methods = ["upper", "lower", "title", "casefold", "capitalize", "swapcase"]
    with open("case_mappings.tsv", "w", encoding="utf-8", newline="\n") as f:
        for m in methods:
            for code in range(N):
                ch = chr(code)
                r = getattr(ch, m)()
                if r != ch:
                    f.write("%s\t%x\t%s\n" % (m, code, " ".join("%x" % ord(x) for x in r)))


STRINGS = [
    "", "a", "A", "hello world", "Hello World", "HELLO WORLD", "hELLO wORLD", "hello, World! 123",
    "they're bill's friends from the UK", "  leading", "trailing  ", "  both  ", "\t\n mixed \r\x0b\x0c",
    "ß", "straße", "STRASSE", "ẞ", "ﬁ", "ﬂour", "ﬃ", "ﬆ", "ŉ", "ǰ", "ΐ", "ΰ", "և", "ᾒ", "ﬗ",
    "Σ", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ΌΣΟΣ ΣΑΣ", "aΣ", "Σa", "a.Σ", "a'Σ", "a\u0301Σ", "AΣ\u0301",
    "AΣ\u0301b", "ἈΣ", "Σ\u0308", "ΑΣ.Σ", "ΑΣ'Α", "ΣΣ", " Σ ", "Α\u0345Σ",
    "İstanbul", "ISTANBUL", "ıi", "Iı", "i\u0307", "İI",
    "ǅungla", "ǆ", "Ǆ", "ǈ", "ǋ", "Ǳ", "ǲ", "ǳ", "ᾈ", "ᾀ", "ᾼ", "ᾳ", "ῼ", "ǅǅ", "aǅ",
    "Ꭰꭰᏸ", "ᏸᏹ", "ꭰꭱ", "ᎠᎡ", "ა ბ გ", "Ა Ბ", "Ⴀ ⴀ", "ᲐᲑ",
    "😀", "😀x😀", "a😀b", "𐐀𐐨", "𐐨𐐀", "𝐀𝐚", "\U0001e900\U0001e922", "x𐐀y", "𐐀Σ",
    "e\u0301", "ǅ\u0301", "a\u0345", "\u0345", "ʰa", "aʰ",
    "١٢٣", "²³", "½", "Ⅻ", "〇一", "٣x", "𝟘𝟙", "①",
    "\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\x1c\x1d\x1e\x1f\x85",
    "\u200b\ufeff\u180e",
    "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028"
    "line11\u2029end",
    "\n", "\r\n", "\r", "a\n\nb", "\n\n", "\r\r\n\n", "x\x1f",
    "_ident", "ident1", "1ident", "ünïcödé", "℘", "℮", "·a", "a·", "a\u200c", "__", "a b",
    "\ud800", "a\udc80b", "\udc80\udcff", "\ud83d", "😀\ude00", "\ude00😀",
    "\x00", "\x7f", "tab\there", "\xad",
]


def call(receiver, method, *args):
    try:
        if method == "len":
            return len(receiver)
        if method == "getitem":
            return receiver[args[0]]
        if method == "slice":
            return receiver[args[0]:args[1]:args[2]]
        if method == "contains":
            return args[0] in receiver
        if method == "compare":
            other = args[0]
            return (receiver > other) - (receiver < other)
        if method == "repeat":
            return receiver * args[0]
        if method == "concat":
            return receiver + args[0]
        if method == "maketrans":
            d = str.maketrans(receiver, *args)
            return d
        return getattr(receiver, method)(*args)
    except Exception as e:
        return e


def line(method, receiver, args, result, extra=None):
    check_representable(receiver)
    fields = [method, enc(receiver)] + [enc(a) for a in args] + ["=>"]
    if isinstance(result, Exception):
        fields.append("E:%s:%s" % (type(result).__name__, esc(str(result))))
    else:
        fields.append(enc(result))
    if extra is not None:
        fields.append(extra)
    return "\t".join(fields) + "\n"


def cases():
    out = []

    def add(method, receiver, *args):
        result = call(receiver, method, *args)
        # a result Java cannot hold (a high and a low surrogate code point side by side) is left out
        if representable(result):
            out.append(line(method, receiver, args, result))

    for s in STRINGS:
        for m in ["upper", "lower", "casefold", "title", "capitalize", "swapcase",
                  "isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "islower",
                  "isupper", "istitle", "isidentifier", "isascii", "isprintable", "len",
                  "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "expandtabs"]:
            add(m, s)
        add("splitlines", s, True)
        add("zfill", s, 6)
        add("center", s, 9)
        add("encode", s)
        add("encode", s, "ascii", "backslashreplace")
        add("encode", s, "latin-1", "xmlcharrefreplace")

    hay = ["", "abc", "abcabcabc", "aaaa", "a😀b😀c", "😀😀😀", "x\ud800x\ud800", "😀\ude00\ude00",
           "\ud83dx😀", "mississippi", "αβγαβγ", "a\u0301a\u0301"]
    subs = ["", "a", "abc", "ab", "c", "aa", "😀", "b😀", "\ud800", "\ude00", "\ud83d", "ss", "issi",
            "βγ", "\u0301", "z"]
    few_ranges = [(), (1,), (-2,), (2, 5)]
    ranges = [(), (1,), (-2,), (2, 5), (0, -1), (-100, 100), (5, 2), (None, 3), (3, None),
              (None, None), (10,), (2**70, None), (-(2**70), 2**70), (0, 0), (4, 4)]
    for h in hay:
        for sub in subs:
            for r in (ranges if sub in ("", "a", "😀", "\ude00", "ab") else few_ranges):
                for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                    add(m, h, sub, *r)
            add("contains", h, sub)
            add("partition", h, sub)
            add("rpartition", h, sub)
            add("removeprefix", h, sub)
            add("removesuffix", h, sub)
            for sep in ([sub] if sub else [None, ""]):
                for maxsplit in [-1, 0, 1, 2]:
                    add("split", h, sep, maxsplit)
                    add("rsplit", h, sep, maxsplit)
            for count in [-1, 0, 1, 2]:
                add("replace", h, sub, "<>", count)
                add("replace", h, sub, "", count)
                add("replace", h, sub, "😀", count)
        for tup in [("a", "b"), ("z", "a😀"), (), ("",), ("x", "\ud800")]:
            add("startswith", h, tup)
            add("endswith", h, tup)
            add("startswith", h, tup, 1, -1)
            add("endswith", h, tup, 1, -1)

    spaced = ["a b  c", "  a  b  ", "\ta\x0bb\x0cc\x1cd\x1de\x1ef\x1fg\x85h\xa0i\u2000j\u3000k", "",
              "   ", "a", "one two\nthree\r\nfour", "a😀 😀b", "\u2028x\u2029"]
    for s in spaced:
        for maxsplit in [-1, 0, 1, 2, 3]:
            add("split", s, None, maxsplit)
            add("rsplit", s, None, maxsplit)
            add("split", s, " ", maxsplit)
            add("rsplit", s, " ", maxsplit)
        add("splitlines", s)
        add("splitlines", s, True)
        for chars in [None, "", " ", "a ", "😀 ", "\t\x0b"]:
            add("strip", s, chars)
            add("lstrip", s, chars)
            add("rstrip", s, chars)

    # every whitespace character and every line boundary, one at a time
    for code in range(N):
        ch = chr(code)
        if ch.isspace():
            add("split", "a" + ch + "b")
            add("rsplit", "a" + ch + "b", None, 1)
            add("strip", ch + "a" + ch)
            add("isspace", ch)
        if len(("a" + ch + "b").splitlines()) == 2:
            add("splitlines", "a" + ch + "b")
            add("splitlines", "a" + ch + "b" + ch, True)
    add("split", "".join(chr(c) for c in range(N) if chr(c).isspace()) + "x")

    for s in ["xyx😀yxy", "😀a😀", "\ud800a\ud800", "abc"]:
        for chars in ["xy", "😀", "\ud800", "cba", "\ude00"]:
            add("strip", s, chars)
            add("lstrip", s, chars)
            add("rstrip", s, chars)

    for s in ["", "a", "ab", "abc", "😀", "a😀", "-", "+12", "-3.5", "12", "+", "😀😀😀"]:
        for width in [-1, 0, 1, 2, 3, 4, 5, 7, 8]:
            for fill in [" ", "*", "😀", "\ud800"]:
                add("center", s, width, fill)
                add("ljust", s, width, fill)
                add("rjust", s, width, fill)
            add("zfill", s, width)
        for fill in ["", "ab", "😀😀"]:
            add("center", s, 5, fill)
            add("ljust", s, 5, fill)
            add("rjust", s, 5, fill)

    for s in ["a\tb", "\t", "ab\tc\td", "abcdefgh\tx", "a\nb\tc", "a\r\tb", "😀\tx", "😀😀\t\t",
              "x\t😀\ty", "", "no tabs", "\t\n\t\r\t"]:
        for tabsize in [None, -1, 0, 1, 2, 3, 4, 8, 9]:
            if tabsize is None:
                add("expandtabs", s)
            else:
                add("expandtabs", s, tabsize)

    for s in ["", "a", "abc", "a😀b😀c", "😀😀😀", "hello world", "\ud800😀\udc00"]:
        for i in [0, 1, 2, -1, -2, 3, 4, -4, 5, 100, -100]:
            add("getitem", s, i)
        for start in [None, 0, 1, -1, -3, 100, -100]:
            for stop in [None, 0, 2, -1, 100, -100]:
                for step in [None, 1, 2, -1, -2, 100, -100]:
                    add("slice", s, start, stop, step)
        for n in [-1, 0, 1, 2, 3]:
            add("repeat", s, n)

    tables = [
        {97: None}, {97: "xy"}, {98: None}, {104: None, 108: None}, {98: 200}, {97: "Z", 99: ""},
        {97: 98, 98: 97}, {0x1F600: "smile", 120: None}, {97: "😀"}, {97: 0x1F600}, {97: 0x110000},
        {97: -1}, {}, {99: None, 100: None, 101: None}, {120: "\ud800"},
    ]
    for s in ["abcab", "aabba", "héllo", "abc", "abcabc", "aéa", "a😀xa", "", "abcdefxcde",
              "xxxx", "cdecdex"]:
        for t in tables:
            log = []

            class Logged(dict):
                def __getitem__(self, k):
                    log.append(k)
                    return dict.__getitem__(self, k)

            result = call(s, "translate", Logged(t))
            out.append(line("translate", s, [t], result, "l%d:%s" % (len(log), ",".join(str(k) for k in log))))

    for x, y, z in [("abc", "xyz", None), ("ab😀", "😀xy", "q"), ("", "", "abc"), ("aa", "xy", "a"),
                    ("abc", "xy", None), ("", "", None)]:
        args = [y] if z is None else [y, z]
        result = call(x, "maketrans", *args)
        if isinstance(result, dict):
            pairs = []
            for k, v in result.items():
                pairs.append("%d=%s" % (k, "N" if v is None else "i%d" % v))
            out.append("\t".join(["maketrans", enc(x)] + [enc(a) for a in args] + ["=>", "d:" + ",".join(pairs)])
                       + "\n")
        else:
            out.append(line("maketrans", x, args, result))

    for key in ["a", "ab", "", "😀", "😀😀", "\ud800"]:
        try:
            result = list(str.maketrans({key: 1}))[0]
        except Exception as e:
            result = e
        out.append(line("maketrans_key", key, [], result))

    # only the utf-8, latin-1 and ascii codecs exist in the interpreter
    encodings = [None, "utf-8", "UTF8", "utf_8", "U8", "utf", "cp65001", "latin-1", "Latin1", "iso-8859-1",
                 "ISO8859-1", "l1", "latin", "8859", "ascii", "US-ASCII", "646", "ansi_x3.4-1968",
                 " utf-8 ", "utf.8", "utf--8", "ütf-8", "nonsense", "", "utf-8\x00",
                 "utf8\ud800", "iso_646.irv:1991", "iso-646.irv-1991"]
    texts = ["abc", "é", "aé€😀", "\ud800", "a\udfff\ud800b", "\udc80\udcff", "x\udc80é\udc81",
             "é\udc80", "€\udc80€", ""]
    errors = [None, "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
              "surrogateescape", "surrogatepass", "nonsense", "STRICT", "str\x00ict"]
    # None stands for an omitted argument (passing None is a TypeError)
    for e in encodings:
        add("encode", "aé", *([] if e is None else [e]))
        if e is not None:
            add("encode", "abc", e, "nonsense")
    for t in texts:
        for e in ["utf-8", "latin-1", "ascii"]:
            for err in errors:
                add("encode", t, e, *([] if err is None else [err]))

    for sep in ["", ", ", "😀"]:
        for items in [[], ["a"], ["a", "b"], ["", "", ""], ["😀", "\ud800", "x"]]:
            add("join", sep, items)

    words = ["", "a", "b", "ab", "aa", "\uffff", "😀", "\U00010000", "\ue000", "\ud800", "\udc00",
             "\ud7ff", "a😀", "a\uffff", "\ud800a", "\udbff", "😀\ud800", "😀\ue000"]
    for a in words:
        for b in words:
            add("compare", a, b)
            if len(a) < 2:
                add("concat", a, b)
    return out


def main():
    write_flags()
    write_case_mappings()
    with open("method_cases.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.writelines(cases())


main()
