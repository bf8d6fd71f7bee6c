"""Writes unicode_data.txt: the character properties CPython 3.13's unicodedata module gives
(Unicode 15.1): category, bidirectional, combining, east_asian_width, mirrored, decimal, digit,
numeric and decomposition of every code point, and which canonical pairs compose (for
normalize). dev.snakebox.objects.text.UnicodeData reads it on the first call that needs it.

Run under the oracle (real CPython 3.13):
    /work/shared/oracle/py313 interpreter/src/tools/gen_unicode_data.py \\
        > interpreter/src/main/resources/dev/snakebox/data/unicode_data.txt

The file is ASCII text in sections, each opened by a line starting with '#' (the first line
says how it was made):
    #values     the property values, one line per property in the order category,
                bidirectional, east_asian_width: its values separated by ';'
    #records    one line per distinct record: category, bidirectional and east_asian_width
                as indexes into #values (base 36, one character each), mirrored (0 or 1), and
                the combining class (decimal)
    #runs       the record of every code point 0..10FFFF: lines "R*N" (N code points of record
                R) or "R" (one), R and N in base 36
    #numeric    HEX;DECIMAL;DIGIT;NUMERIC for each character with a numeric value: DECIMAL and
                DIGIT empty when it has none, NUMERIC an integer or "N/D" (the value is N / D
                computed in double precision, as CPython's table holds it)
    #decomposition  HEX;MAPPING as unicodedata.decomposition gives it, with "=" before the
                mapping when the character is a primary composite (NFC composes its two
                characters into it)
"""
import sys
import unicodedata
from fractions import Fraction


def records():
    values = [[], [], []]
    rows = []
    for cp in range(0x110000):
        c = chr(cp)
        props = (unicodedata.category(c), unicodedata.bidirectional(c), unicodedata.east_asian_width(c))
        index = []
        for k, v in enumerate(props):
            if v not in values[k]:
                values[k].append(v)
            index.append(values[k].index(v))
        rows.append((tuple(index), unicodedata.mirrored(c), unicodedata.combining(c)))
    return values, rows


def base36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        out = digits[n % 36] + out
        n //= 36
        if n == 0:
            return out


def numeric_text(value):
    f = Fraction(value).limit_denominator(1000)
    assert f.numerator / f.denominator == value, value
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


def main():
    assert unicodedata.unidata_version == "15.1.0", unicodedata.unidata_version
    values, rows = records()
    distinct = []
    index_of = {}
    runs = []
    for row in rows:
        if row not in index_of:
            index_of[row] = len(distinct)
            distinct.append(row)
        r = index_of[row]
        if runs and runs[-1][0] == r:
            runs[-1][1] += 1
        else:
            runs.append([r, 1])
    out = ["# unicode_data.txt, written by interpreter/src/tools/gen_unicode_data.py under CPython %s from its "
           "unicodedata (Unicode %s)" % (sys.version.split()[0], unicodedata.unidata_version)]
    out.append("#values")
    for v in values:
        assert len(v) <= 36
        out.append(";".join(v))
    out.append("#records")
    for (idx, mirrored, combining) in distinct:
        out.append("".join(base36(i) for i in idx) + str(mirrored) + str(combining))
    out.append("#runs")
    for r, n in runs:
        out.append(base36(r) if n == 1 else base36(r) + "*" + base36(n))
    out.append("#numeric")
    for cp in range(0x110000):
        c = chr(cp)
        n = unicodedata.numeric(c, None)
        if n is None:
            assert unicodedata.digit(c, None) is None and unicodedata.decimal(c, None) is None
            continue
        dec = unicodedata.decimal(c, None)
        dig = unicodedata.digit(c, None)
        out.append("%X;%s;%s;%s" % (cp, "" if dec is None else dec, "" if dig is None else dig, numeric_text(n)))
    out.append("#decomposition")
    for cp in range(0x110000):
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if not d:
            continue
        parts = d.split()
        composite = (not parts[0].startswith("<") and len(parts) == 2
                     and unicodedata.normalize("NFC", "".join(chr(int(p, 16)) for p in parts)) == c)
        out.append("%X;%s%s" % (cp, "=" if composite else "", d))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
