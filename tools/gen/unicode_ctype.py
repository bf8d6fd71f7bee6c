"""Generate dev.snakebox.objects.text.UnicodeTypeTables from CPython 3.13's str methods and unicodedata.

Run under the oracle (CPython 3.13, Unicode 15.1): py313 tools/gen/unicode_ctype.py
Prints one Java file introduced by a "//// FILE" line (see tools/gen/regenerate).

CPython keeps, per code point, a type record (Objects/unicodectype.c, `_PyUnicode_TypeRecord`,
built by Tools/unicode/makeunicodedata.py): property flags and the full case mappings. The str
methods read nothing else. The JDK's and TeaVM's Character tables know other Unicode versions and
other case rules, so the records come from the oracle, one character at a time:

- the flags of the str predicates (isalpha, isdecimal, isdigit, isnumeric, isspace, islower,
  isupper), which on a one-character string are exactly the record's flags;
- TITLE (general category Lt), checked against istitle/isupper on two-character strings;
- CASED and CASE_IGNORABLE, which title() and the final-sigma rule of lower() use, read off
  the behaviour of those methods: c is cased when (c + 'A').title() lowers the 'A'; c is case
  ignorable when 'A' + c + 'Σ' lowers to a final sigma but ' ' + c + 'Σ' does not;
- LINEBREAK from splitlines, XID_START and XID_CONTINUE from isidentifier;
- the full upper, lower, title and case-folded forms of the character (upper(), lower(),
  title(), casefold() of the one-character string): a delta when the result is one code point,
  else an entry of the extended-case text.

Distinct records are numbered; a three-level trie maps a code point to its record. The trie
levels and the records are Java strings (one char per entry), decoded once at class load.
"""

import sys
import unicodedata

assert sys.version_info[:2] == (3, 13), sys.version

GENERATOR = "tools/gen/unicode_ctype.py"
OUTPUT = "main/java/dev/snakebox/objects/text/UnicodeTypeTables.java"
CHUNK = 8000
N = 0x110000

FLAG_NAMES = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "LOWER", "UPPER", "TITLE",
    "CASED", "CASE_IGNORABLE", "LINEBREAK", "XID_START", "XID_CONTINUE",
]
FLAG = {name: 1 << i for i, name in enumerate(FLAG_NAMES)}
# bit set when the mapping of that kind is an extended-case entry rather than a delta
MAPPING_NAMES = ["UPPER", "LOWER", "TITLE", "FOLD"]
EXTENDED = {name: 1 << (16 + i) for i, name in enumerate(MAPPING_NAMES)}


def final_sigma(prefix, ch):
    return (prefix + ch + "\u03a3").lower()[-1] == "\u03c2"


def flags_of(code):
    ch = chr(code)
    f = 0
    if ch.isalpha():
        f |= FLAG["ALPHA"]
    if ch.isdecimal():
        f |= FLAG["DECIMAL"]
    if ch.isdigit():
        f |= FLAG["DIGIT"]
    if ch.isnumeric():
        f |= FLAG["NUMERIC"]
    if ch.isspace():
        f |= FLAG["SPACE"]
    lower = ch.islower()
    upper = ch.isupper()
    title = unicodedata.category(ch) == "Lt"
    if lower:
        f |= FLAG["LOWER"]
    if upper:
        f |= FLAG["UPPER"]
    if title:
        f |= FLAG["TITLE"]
    # the flags the string predicates combine agree with the methods on longer strings
    assert ch.istitle() == (upper or title), hex(code)
    assert ("A" + ch).isupper() == (not lower and not title), hex(code)
    assert ("a" + ch).islower() == (not upper and not title), hex(code)
    cased = (ch + "A").title()[-1] == "a"
    if cased:
        f |= FLAG["CASED"]
    # Unicode defines Cased as Lowercase + Uppercase + Lt
    assert cased == (lower or upper or title), hex(code)
    if final_sigma("A", ch) and not final_sigma(" ", ch):
        f |= FLAG["CASE_IGNORABLE"]
    if len(("a" + ch + "b").splitlines()) == 2:
        f |= FLAG["LINEBREAK"]
    if ch.isidentifier() and ch != "_":
        f |= FLAG["XID_START"]
    if ("a" + ch).isidentifier():
        f |= FLAG["XID_CONTINUE"]
    return f


class Extended:
    """The extended-case text: multi-character mappings, each stored once."""

    def __init__(self):
        self.text = []
        self.length = 0
        self.where = {}

    def add(self, s):
        # every multi-character mapping of Unicode 15.1 is made of BMP characters
        assert 2 <= len(s) <= 3 and all(ord(c) < 0x10000 for c in s), s
        if s not in self.where:
            self.where[s] = self.length
            self.text.append(s)
            self.length += len(s)
        return (self.where[s] << 2) | len(s)


def records_and_index():
    ext = Extended()
    records = {}
    index = []
    for code in range(N):
        ch = chr(code)
        f = flags_of(code)
        fields = []
        for name, mapped in zip(MAPPING_NAMES, (ch.upper(), ch.lower(), ch.title(), ch.casefold())):
            if len(mapped) == 1:
                fields.append(ord(mapped) - code)
            else:
                f |= EXTENDED[name]
                fields.append(ext.add(mapped))
        record = (f, *fields)
        index.append(records.setdefault(record, len(records)))
    ordered = sorted(records, key=records.get)
    return ordered, index, "".join(ext.text)


def trie(index, s1, s2):
    """Three levels: TOP[cp >> s1] picks a MID block, whose entry picks a LEAF block of 2**s2 records."""
    leaves = {}
    leaf_of_block = []
    for b in range(0, N, 1 << s2):
        leaf_of_block.append(leaves.setdefault(tuple(index[b:b + (1 << s2)]), len(leaves)))
    per = 1 << (s1 - s2)
    mids = {}
    top = []
    for b in range(0, len(leaf_of_block), per):
        top.append(mids.setdefault(tuple(leaf_of_block[b:b + per]), len(mids)))
    mid = [x for block in sorted(mids, key=mids.get) for x in block]
    leaf = [x for block in sorted(leaves, key=leaves.get) for x in block]
    return top, mid, leaf


def java_string(units):
    out = []
    for ch in units:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o < 0x100:
            # an octal escape: javac reads a backslash-u escape of a line break as a real one
            out.append("\\%03o" % o)
        else:
            out.append("\\u%04x" % o)
    return "".join(out)


def print_chunks(name, units, doc):
    """A string as an array of literals of at most CHUNK units, each wrapped over lines joined by '+'."""
    print("    /** %s */" % doc)
    print("    static final String[] %s = {" % name)
    parts = [units[i:i + CHUNK] for i in range(0, len(units), CHUNK)] or [""]
    for k, part in enumerate(parts):
        lines = [""]
        for unit in part:
            escaped = java_string(unit)
            if len(lines[-1]) + len(escaped) > 96:
                lines.append("")
            lines[-1] += escaped
        end = "" if k == len(parts) - 1 else ","
        for n, text in enumerate(lines):
            lead = '        "' if n == 0 else '            + "'
            print(lead + text + '"' + (end if n == len(lines) - 1 else ""))
    print("    };")
    print()


def units_of(values):
    for v in values:
        assert 0 <= v < 0x10000, v
    return "".join(chr(v) for v in values)


def int_units(values):
    out = []
    for v in values:
        v &= 0xFFFFFFFF
        out.append(chr(v >> 16))
        out.append(chr(v & 0xFFFF))
    return "".join(out)


def main():
    records, index, extended = records_and_index()
    best = None
    for s1 in range(7, 15):
        for s2 in range(3, s1):
            top, mid, leaf = trie(index, s1, s2)
            size = len(top) + len(mid) + len(leaf)
            if best is None or size < best[0]:
                best = (size, s1, s2, top, mid, leaf)
    size, s1, s2, top, mid, leaf = best
    fields = [x for record in records for x in record]

    print("//// FILE %s" % OUTPUT)
    print("// Generated by %s from CPython 3.13's str methods and unicodedata (Unicode %s) — do not edit."
          % (GENERATOR, unicodedata.unidata_version))
    print("package dev.snakebox.objects.text;")
    print()
    print("/**")
    print(" * The type records of every code point, as CPython's {@code _PyUnicode_TypeRecord} table")
    print(" * (Objects/unicodetype_db.h): flags and full case mappings. Read by {@link UnicodeCtype}.")
    print(" */")
    print("final class UnicodeTypeTables {")
    print("    private UnicodeTypeTables() {")
    print("    }")
    print()
    for i, name in enumerate(FLAG_NAMES):
        print("    static final int %s = 0x%x;" % (name, 1 << i))
    for i, name in enumerate(MAPPING_NAMES):
        print("    /** The %s mapping is an extended-case entry ((offset << 2) | length), not a delta. */"
              % name.lower())
        print("    static final int EXTENDED_%s = 0x%x;" % (name, 1 << (16 + i)))
    print()
    print("    /** Bits of a code point that select its TOP entry. */")
    print("    static final int SHIFT_TOP = %d;" % s1)
    print("    /** Bits of a code point that select its record inside a LEAF block. */")
    print("    static final int SHIFT_LEAF = %d;" % s2)
    print("    /** Number of distinct records. */")
    print("    static final int RECORD_COUNT = %d;" % len(records))
    print()
    print_chunks("TOP", units_of(top), "Per 2**SHIFT_TOP code points: the index of its MID block.")
    print_chunks("MID", units_of(mid),
                 "MID blocks of 2**(SHIFT_TOP - SHIFT_LEAF) entries: the index of a LEAF block.")
    print_chunks("LEAF", units_of(leaf), "LEAF blocks of 2**SHIFT_LEAF entries: a record number.")
    print_chunks("RECORDS", int_units(fields),
                 "Per record, five ints of two chars each (high, low): flags, upper, lower, title, fold.")
    print_chunks("EXTENDED_CASE", extended,
                 "The multi-character case mappings, concatenated (UTF-16 units).")
    print("}")


main()
