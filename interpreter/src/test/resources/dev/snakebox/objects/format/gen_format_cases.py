#!/usr/bin/env python3
"""Generate the expected outputs of the formatting tests from real CPython 3.13.

Run from this directory with the oracle (CPython 3.13.2; a 32-bit build):

    py313 gen_format_cases.py           (py313: shared/oracle/py313 beside the project)

which writes
  spec_int_str_cases.jsonl        format(value, spec)      value: int, bool, str
  spec_float_complex_cases.jsonl  format(value, spec)      value: float, complex
                          (one list of cases, written to two files to keep each under 2 MB)
  str_format_cases.jsonl  template.format(*args, **kwargs) and template.format_map(mapping)
  percent_cases.jsonl     template % args
  parser_cases.jsonl      _string.formatter_parser(template) and _string.formatter_field_name_split(name)
  bytes_percent_cases.jsonl  bytes template % args

A few cases depend on the C word size (the C long of format(x, 'c'), the Py_ssize_t of widths
and of '%*d'); 64-bit CPython is the truth for those, so they come from a native 64-bit
CPython 3.13 instead:

    python3.13 gen_format_cases.py --wide     -> wide_cases.jsonl (same layout as the spec cases)

Every expected value is computed by CPython; nothing is written by hand. Random cases use fixed
seeds, so the files are reproducible. Nothing depends on addresses or hashes: objects of the
Obj class only serve attribute lookups and are never printed themselves.

One JSON object per line (ASCII; astral characters as surrogate pairs, as Java strings hold them):
  {"v": value, "s": spec, ...}                  spec cases
  {"t": template, "a": [args], "k": kwargs}     str.format ("k" absent: no keyword arguments)
  {"t": template, "m": mapping}                 str.format_map
                                                (str_format_cases.jsonl starts with a line
                                                {"ARGS": [...], "KWARGS": {...}}; "ARGS" and
                                                "KWARGS" in a row stand for those values)
  {"t": template, "a": args}                    % (args is the right operand: tuple, dict or value)
  {"t": template} / {"f": field name}           parser cases: "r" holds the list of 4-item parts /
                                                [first, [[is_attr, value], ...]]
and the outcome: "r": the result string, or "e": [exception type name, str(exc.args[0])].

Values: int {"i": hex digits}, float {"f": 16 hex digits of the IEEE bits},
complex {"c": [real bits, imag bits]}, str as a JSON string, bool, None as null,
tuple {"t": [...]}, list [...], dict {"d": [[key, value], ...]}, Obj {"o": {"name": value}},
bytes {"b": the bytes as a latin-1 string}, bytearray {"ba": likewise}. In bytes_percent_cases
the template and the result are latin-1 strings too.
"""
import json
import math
import random
import struct
import sys


class Obj:
    """An attribute holder for '{0.name}' fields."""

    def __init__(self, **attributes):
        self.__dict__.update(attributes)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def enc(v):
    if v is None or v is True or v is False:
        return v
    t = type(v)
    if t is int:
        return {"i": format(v, "x")}
    if t is float:
        return {"f": bits(v)}
    if t is complex:
        return {"c": [bits(v.real), bits(v.imag)]}
    if t is str:
        return v
    if t is bytes:
        return {"b": v.decode("latin-1")}
    if t is bytearray:
        return {"ba": v.decode("latin-1")}
    if t is tuple:
        return {"t": [enc(x) for x in v]}
    if t is list:
        return [enc(x) for x in v]
    if t is dict:
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    if t is Obj:
        return {"o": {k: enc(x) for k, x in v.__dict__.items()}}
    raise TypeError(t)


def outcome(fn):
    try:
        result = fn()
    except Exception as e:  # every exception CPython raises is part of the expected behaviour
        return {"e": [type(e).__name__, str(e.args[0]) if e.args else ""]}
    return {"r": result}


def write(name, rows):
    with open(name, "w", encoding="ascii", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=True) + "\n")
    print(name, len(rows))


def is_float_or_complex(encoded):
    return isinstance(encoded, dict) and ("f" in encoded or "c" in encoded)


def spec_row(value, spec):
    row = {"v": enc(value), "s": spec}
    row.update(outcome(lambda: format(value, spec)))
    return row


# ---- values ------------------------------------------------------------------------------

INTS = [0, 1, -1, 7, -42, 97, 255, -255, 1000, 1234567, -1234567, 2**31 - 1, 2**31, 2**32,
        2**53 + 1, 2**63 - 1, -2**63, 2**64, 10**30, -(10**30) + 7, 0x10ffff, 0x110000, 0xd800,
        0x1f600, 12345678901234567890, True, False]

FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005,
          9.995, 99.995, 999999.5, 123456.789, -0.00012345, 1e-5, 1e-4, 1e15, 1e16, 1e17, 1e22,
          1e23, 2e23, 1e100, -1e-100, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          123e-20, 0.000123456789, 12345678.9, 9.999999999e10, 0.9999999, 0.99999995, 1234.5,
          math.pi, -math.e, math.inf, -math.inf, math.nan]

COMPLEXES = [0j, 1 + 2j, -1.5 - 0.5j, complex(-0.0, 1.0), complex(0.0, -0.0), complex(-0.0, -0.0),
             complex(1e20, 1e-20), complex(math.inf, math.nan), 3j, complex(-2.5, 0.0),
             complex(1234567.125, -7654321.5), complex(0.1, 0.2), complex(-math.inf, 0.0),
             complex(1.0, math.inf), complex(-0.0, 0.0), complex(5e-324, -1e300)]

STRS = ["", "a", "hello", "h\u00e9llo", "\u65e5\u672c\u8a9e", "\U0001f600x", "a\tb", "x" * 20,
        "\U0001f600\U0001f601\U0001f602"]

INT_SPECS = ["", "d", "x", "X", "o", "b", "c", "n", "#x", "#o", "#b", "#X", "#d", "+d", " d", "-d",
             "10", "<10", ">10", "^10", "=10", "010", "+010", "-010", " 010", "*^12", "*<12",
             "\U0001f600>8", "_", ",", "_x", "_b", "_o", "_X", ",x", "#_x", "#_b", "012,", "09,",
             "011_", "020_b", "#020_x", "+#014_o", "e", "E", "f", "F", "g", "G", "%", ".2f", ".0e",
             ",.2f", "=+12,", "^+15_", "#c", "+c", "5c", "<5c", ".2", "z", "zd", "s", "r", "xx",
             ".", ",,", ",_", "_,", "10.3", "\u20ac", "\x01", ",n", "_n", "n", "0n", "#n",
             "030,d", "99", "0", "00", "000", "0x", "+", "-", " ", "#", "=", "<", ">", "^",
             "\u0663", "\u0661\u0662x", "\U0001d7d0", "a=5", "0=5", "00=5", "0>5"]

FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".2", ".3", ".10", ".16",
               ".17", ".20", ".0f", ".1f", ".2f", ".3f", ".10f", ".0e", ".1e", ".3e", ".16e",
               ".0g", ".1g", ".3g", ".17g", ".0%", ".1%", "#", "#.0", "#.0f", "#.0e", "#g", "#.3g",
               "#.0%", "#.10g", "+", " ", "-", "+.3e", " .2%", ",", "_", ",.2f", "_.3f", ",.0f",
               ",e", ",g", ",%", "10", "<10", "^10", "=10", "010", "+010", "010.3", "0=12.3f",
               "*^15.4g", "z", "z.1f", "z.3e", "z.2%", "+z.0f", "z#.0f", "z,", "zg", "z.2",
               ".30f", ".100e", ".500f", ".60g", ".1000f", ".800e", ".1100g", "#.50g", "30.25e",
               "=+30,.10f", "012,.2f", "015_", "0,", "d", "x", "c", "s", "b", "o", "xx", ".",
               "\u20ac", "10,_", "#n", "+n", "10n", ".3n", "z\u20ac",
               "\U0001f600^13", "\u0663.\u0662f"]

COMPLEX_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", ".0", ".2", ".3", ".10", ".17", ".0f",
                 ".2f", ".3e", ".1g", "#", "#.0f", "#g", "+", " ", "-", "+.3e", ",", "_", ",.2f",
                 "_g", "20", "<25", ">25", "^25", "*^25", "z", "z.1f", "z.2e", "010", "0<10",
                 "=10", "%", "d", "x", "s", ".", ",n", "+30.2f", "\U0001f600>30.1e", ".30f",
                 ".100e", "#.0e", "z#.0f", "n", ".5n"]

STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^11", "*^10", "=10", "010", "0<10", "0>10",
             ".0", ".1", ".3", ".100", "10.3", ">10.3s", "+", " ", "-", "z", "#", ",", "_", ",s",
             "_s", "d", "x", "r", "c", "ss", "\U0001f600^9", "\u00e9>5", ".", ".0s", "00",
             "5\u0663", "\U0001f600^\u0661\u0662"]


# ---- random specs and values ---------------------------------------------------------------

FILLS = ["*", "0", " ", "x", "_", ",", "<", "\u00e9", "\U0001f600", "=", "{", "z", "#", "+", "."]


def random_spec(rng, types):
    parts = []
    if rng.random() < 0.3:
        if rng.random() < 0.6:
            parts.append(rng.choice(FILLS))
        parts.append(rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.12:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([0, 1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 30, 40])))
    if rng.random() < 0.25:
        parts.append(rng.choice(",_"))
    if rng.random() < 0.4:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 18, 20, 25, 30, 50])))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    spec = "".join(parts)
    if rng.random() < 0.03:
        at = rng.randrange(len(spec) + 1)
        spec = spec[:at] + rng.choice("xz#0,_.<9+") + spec[at:]
    return spec


def random_int(rng):
    kind = rng.random()
    if kind < 0.35:
        return rng.randint(-1000, 1000)
    if kind < 0.6:
        return rng.randint(-2**63, 2**63)
    if kind < 0.75:
        return rng.randint(-2**200, 2**200)
    if kind < 0.8:
        return rng.choice([True, False])
    if kind < 0.9:
        return rng.randint(0, 0x10ffff)
    return rng.choice(INTS)


def random_float(rng):
    kind = rng.random()
    if kind < 0.3:
        return from_bits(rng.getrandbits(64))
    if kind < 0.55:
        return round(rng.uniform(-1, 1) * 10 ** rng.randint(-8, 12), rng.randint(0, 12))
    if kind < 0.7:
        # halfway and near-halfway decimals, where rounding must be exact
        digits = rng.randint(1, 17)
        n = rng.randrange(10 ** digits) * 10 + 5
        return n * 10.0 ** rng.randint(-digits - 5, 5)
    if kind < 0.8:
        x = 10.0 ** rng.randint(-30, 30)
        return rng.choice([math.nextafter(x, 0), x, math.nextafter(x, math.inf)])
    if kind < 0.9:
        return float(rng.randint(-10**6, 10**6)) * rng.choice([1, 0.5, 0.25, 0.001])
    return rng.choice(FLOATS)


STR_ALPHABET = "abcXYZ 09-_.{}%\u00e9\u00df\u03a3\u65e5\U0001f600\t"


def random_str(rng):
    return "".join(rng.choice(STR_ALPHABET) for _ in range(rng.randint(0, 12)))


def c_long_dependent(value, spec):
    """format(x, 'c') converts to a C long first: its range is the word size's."""
    return type(value) is int and spec.endswith("c") and not -2**31 <= value < 2**31


def spec_cases():
    rows = []
    for v in INTS:
        for s in INT_SPECS:
            if not c_long_dependent(v, s):
                rows.append(spec_row(v, s))
    for v in FLOATS:
        for s in FLOAT_SPECS:
            rows.append(spec_row(v, s))
    for v in COMPLEXES:
        for s in COMPLEX_SPECS:
            rows.append(spec_row(v, s))
    for v in STRS:
        for s in STR_SPECS:
            rows.append(spec_row(v, s))
    # the digit limit of int-to-decimal conversion, and other bases that have none
    for v in (10**4299, -(10**4299), 10**4300, 2**14286, -(2**20000)):
        for s in ("", "d", "n", ",", "x", "#b", "o", "_X", "e", ".3e", "%"):
            rows.append(spec_row(v, s))
    rng = random.Random(20261121)
    for _ in range(3500):
        v, s = random_int(rng), random_spec(rng, "bcdoxXneEfFgG%s")
        if not c_long_dependent(v, s):
            rows.append(spec_row(v, s))
    for _ in range(5000):
        rows.append(spec_row(random_float(rng), random_spec(rng, "eEfFgGn%d")))
    for _ in range(1500):
        rows.append(spec_row(complex(random_float(rng), random_float(rng)), random_spec(rng, "eEfFgGn%")))
    for _ in range(800):
        rows.append(spec_row(random_str(rng), random_spec(rng, "ssssd")))
    return rows


# ---- str.format -----------------------------------------------------------------------------

OBJ = Obj(name="Ada", year=1815, ratio=0.25, items=[10, 20, 30], inner=Obj(x=1.5, tag="in"),
          mapping={"k": "v", "0": "zero-str", 0: "zero-int"})
ARGS = ("abc", 42, -3.25, [1, "two", 3.0], {"key": "val", 7: "seven"}, OBJ, 1 + 2j, True, None)
KWARGS = {"name": "Bob", "n": 1234567, "x": 0.1, "w": 12, "p": 3, "t": "^", "obj": OBJ,
          "lst": ["a", "b", "c"], "d": {"a": 1, "b": [2, 3]}, "s": "s", "empty": ""}

FORMAT_TEMPLATES = [
    "", "plain", "{{}}", "{{{0}}}", "}}{{", "{0}", "{}", "{} {}", "{0} {0} {1}", "{1}{0}",
    "{name}", "{name!r}", "{name!s:>10}", "{name!a}", "{0!r:^20}", "{2:+.3f}", "{1:#x}",
    "{1:{w}}", "{0:{t}{w}}", "{2:{w}.{p}f}", "{:{}}", "{:{}.{}f}", "{0:{1}}", "{n:,}", "{n:_x}",
    "{x:.20f}", "{x!r}", "{obj.name}", "{obj.year:05}", "{obj.items[1]}", "{obj.inner.tag}",
    "{obj.inner.x:e}", "{obj.mapping[k]}", "{obj.mapping[0]}", "{5.name}", "{5.items[2]:>5}",
    "{3[0]}{3[1]}", "{3[2]:g}", "{4[key]}", "{4[7]}", "{lst[2]}", "{d[b][1]}", "{d[a]:+}",
    "{6}", "{6:.2f}", "{6!r}", "{7}", "{7:d}", "{7!r}", "{8}", "{8!r}", "{8:}", "{0:}", "{!r}",
    "{:>{w}}", "{0[0]}", "{0[1]:*^5}", "{0!a:}", "{name[0]}", "{name[1]:x<3}", "{empty:-^9}",
    "a{0}b{1}c", "{{0}}", "{{{{0}}}}", "{0:{{}}}", "{0:}}", "{\u0660}", "{0:\u0663}",
    # errors
    "{", "}", "{0", "0}", "a}b", "{0!}", "{0!x}", "{0!r", "{0!rr}", "{0:", "{0{}", "{0[}",
    "{0[0}", "{0.}", "{0[]}", "{0[0]x}", "{0..x}", "{}{1}", "{1}{}", "{:{:{}}}", "{9}",
    "{missing}", "{obj.missing}", "{3[9]}", "{3[x]}", "{4[nokey]}", "{1[0]}", "{1.x}",
    "{0:d}", "{1:s}", "{2:x}", "{99999999999999999999}", "{0[99999999999999999999]}",
    "{8:d}", "{0!\u20ac}", "{0!\U0001f600}", "{!}", "{:{}!r}", "{0:{1:{2}}}",
    "{name:{missing}}", "{0}{", "{0}}", "{0}{1}{2}{3}{4}{10}", "{0:{9}}", "{x:z.1f}",
    "{n:c}", "{name:=10}", "{1:.2}", "{0:%}",
]


def format_cases():
    # The first line holds the two shared argument sets; rows name them instead of repeating them.
    rows = [{"ARGS": [enc(x) for x in ARGS], "KWARGS": enc(KWARGS)}]
    for t in FORMAT_TEMPLATES:
        row = {"t": t, "a": "ARGS", "k": "KWARGS"}
        row.update(outcome(lambda: t.format(*ARGS, **KWARGS)))
        rows.append(row)
        row = {"t": t, "a": [enc(x) for x in ARGS[:2]]}
        row.update(outcome(lambda: t.format(*ARGS[:2])))
        rows.append(row)
        row = {"t": t, "m": "KWARGS"}
        row.update(outcome(lambda: t.format_map(KWARGS)))
        rows.append(row)
    rng = random.Random(7)
    common = ["{name}", "{n}", "{x}", "{n:{t}{w},}", "{x:.{p}e}", "{obj.year:x}", "{lst[1]}",
              "{d[b][0]:03}", "{{", "}}", "text ", "\u00e9", "\U0001f600", "{name:*^11}",
              "{x!r:>25}", "{n:_b}", "{name!a:.3}"]
    auto = ["{}", "{!r}", "{!s:>8}", "{:<8}", "{:^{w}}", "{:+}", "{:.3}", "{!a}", "{:x<6}"]
    manual = ["{0}", "{1}", "{2}", "{0!r}", "{1!s}", "{2!a}", "{0:{w}}", "{2:>12.4}", "{1:^9}",
              "{0:.1}", "{2:*<7}", "{1:=+10}"]
    bad = ["{", "}", "{0!", "{0!z}", "{0[", "{0.}", "{:{:{}}}", "{name:d}", "{9}", "{}", "{0}"]
    for _ in range(1500):
        style = auto if rng.random() < 0.5 else manual
        chosen = [rng.choice(style if rng.random() < 0.6 else common) for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.1:
            chosen.insert(rng.randrange(len(chosen) + 1), rng.choice(bad))
        t = "".join(chosen)
        args = tuple(rng.choice([random_int(rng), random_float(rng), random_str(rng)])
                     for _ in range(rng.randint(3, 6)))
        row = {"t": t, "a": [enc(x) for x in args], "k": "KWARGS"}
        row.update(outcome(lambda: t.format(*args, **KWARGS)))
        rows.append(row)
    return rows


# ---- _string.formatter_parser and formatter_field_name_split (string.Formatter's parsing) ----

def parser_cases():
    import _string
    rows = []
    for t in FORMAT_TEMPLATES + ["a{0!r:>{1}}b{{c}}d{e[f]}", "{!}", "{:}", "{!r}", "x{{", "}}x",
                                 "{0!r:}", "{a:{b:{c}}}", "{[}", "{0[a]b}", "{!\U0001f600}", "{\u0663}"]:
        row = {"t": t}
        row.update(outcome(lambda: [list(part) for part in _string.formatter_parser(t)]))
        if "r" in row:
            row["r"] = [[enc(x) for x in part] for part in row["r"]]
        rows.append(row)
    for name in ["", "0", "12", "a", "a.b", "a[0]", "0.real[1][x].y", "a[b.c]", "a.", "a[", "a[]",
                 "a[0]b", "a..b", "[0]", ".x", "99999999999999999999", "a[99999999999999999999]",
                 "\u0663", "a[\u0661\u0662]", "a[-1]", "a[ 1]", "a.b c", "x\U0001f600.y"]:
        def split(name=name):
            first, rest = _string.formatter_field_name_split(name)
            return [enc(first), [[is_attr, enc(value)] for is_attr, value in rest]]
        row = {"f": name}
        row.update(outcome(split))
        rows.append(row)
    return rows


# ---- % formatting ---------------------------------------------------------------------------

PERCENT_CASES = [
    ("", ()), ("plain", ()), ("%%", ()), ("100%%", ()), ("%s", "abc"), ("%s", ("abc",)),
    ("%s", (("a", 1),)), ("%s", [1, 2]), ("%s", {"a": 1}), ("%s %s", (1, 2)), ("%r", "it's"),
    ("%a", "h\u00e9\U0001f600"), ("%5s|%-5s|", ("ab", "cd")), ("%.2s", "abcdef"),
    ("%10.3s|", "abcdef"), ("%-10.3r|", "abcdef"), ("%d", 42), ("%i", -42), ("%u", 7),
    ("%5d|%-5d|%05d", (1, 2, -3)), ("%+d % d %+5d %+05d", (1, 2, 3, -4)), ("%x %X %o", (255, 255, 8)),
    ("%#x %#X %#o", (255, 255, 8)), ("%#10x|%-#10x|%#010x", (255, 255, 255)), ("%.5d", -42),
    ("%10.5d|", 42), ("%-+10.5x|", 255), ("%#.5o", 8), ("%#08.5X", -255), ("%d", 2**100),
    ("%x", -2**100), ("%d", True), ("%x", False), ("%d", 3.99), ("%d", -3.99), ("%i", 1e20),
    ("%d", 1.5e300), ("%e %E", (1.5, 1.5)), ("%f %F", (1 / 3, -2.5)), ("%g %G", (1e-10, 1e20)),
    ("%.0e %.0f %.0g", (2.5, 2.5, 2.5)), ("%#.0e %#.0f %#.0g", (2.5, 2.5, 2.5)),
    ("%10.3f|%-10.3f|%010.3f", (3.14159, 3.14159, -3.14159)), ("%+.2e % .2e", (1e5, 1e5)),
    ("%f", float("inf")), ("%010f", float("-inf")), ("%+f", float("nan")), ("%f", 10),
    ("%.3f", 2**60), ("%e", True), ("%.50f", 0.1), ("%.100e", 1e300), ("%g", 1e16),
    ("%#g", 1.0), ("%c", 65), ("%c", "z"), ("%c", "\U0001f600"), ("%5c|%-5c|", (66, "y")),
    ("%c", 0x10ffff), ("%(a)s %(b)d", {"a": "x", "b": 5}), ("%(a)s %(a)r", {"a": "q"}),
    ("%(x(y))s", {"x(y)": 1}), ("%(a)-5d|", {"a": 3}), ("%(a)*d", {"a": 3}), ("%*d|", (5, 42)),
    ("%-*d|", (5, 42)), ("%*d|", (-5, 42)), ("%.*f", (2, 3.14159)), ("%.*f", (-2, 3.14159)),
    ("%*.*f|", (10, 3, 2.5)), ("%ld %hd %Ld", (1, 2, 3)), ("%ls", "s"),
    ("%d", 10**4300), ("%x", 10**4300 + 1), ("%s", 10**4300), ("%5s", 10**4300),
    ("%s", 1.5), ("%r", 1e22), ("%s", None), ("%r", True), ("%s", 1 + 2j), ("%a", 1 + 2j),
    ("%d%%", 50), ("%.0s|", "abc"), ("% s", "x"), ("%+s", "x"), ("%#s", 5), ("%05s", "ab"),
    ("%-05d|", 3), ("%0-5d|", 3), ("%#5o|", 0), ("%#x", 0), ("%.0d|", 0), ("%.0x|", 0),
    ("%+#x", 255), ("% #o", 8), ("%+05.1f", 2.25), ("%c%c", ("a", 98)), ("%s\U0001f600%s", (1, 2)),
    ("\U0001f600%y", 1), ("%5.1s|", "\U0001f600\U0001f601"), ("%-4c|", "\U0001f600"),
    # errors
    ("%", ()), ("abc%", ()), ("%5", 1), ("%.", 1), ("%-", 1), ("%(a", {"a": 1}), ("%(a)", {"a": 1}),
    ("%s", ()), ("%s %s", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("x", 5), ("x", (5,)), ("x", ()),
    ("x", {"a": 1}), ("x", [1]), ("x", "y"), ("%(a)s", (1,)), ("%(a)s", "abc"), ("%(a)s", [1]),
    ("%(a)s", {"b": 1}), ("%(a)s %s", {"a": 1}), ("%y", 1), ("%y", ()), ("%\u20ac", 1),
    ("%\U0001f600", 1), ("%d", "a"), ("%d", None), ("%d", 1j), ("%x", 1.5), ("%o", "a"),
    ("%X", None), ("%f", "a"), ("%e", None), ("%g", 1j), ("%d", float("nan")), ("%d", float("inf")),
    ("%c", "ab"), ("%c", ""), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%c", 2**70), ("%c", None),
    ("%*d", ("5", 1)), ("%.*d", (1.5, 1)), ("%.*d", (2**40, 5)), ("%*d", (5,)), ("%.*f", ()),
    ("%.99999999999f", 1.0), ("%.2147483648f", 1.0), ("%99999999999999999999d", 1),
    ("%e", 2**2000), ("%d %d", (1, "x")), ("%s %d", ("x", "y")), ("%(a)d", {"a": "x"}),
]


def percent_row(t, args):
    row = {"t": t, "a": enc(args)}
    row.update(outcome(lambda: t % args))
    return row


def percent_cases():
    rows = [percent_row(t, a) for t, a in PERCENT_CASES]
    rng = random.Random(11)
    conversions = "sradiuoxXeEfFgGc"
    for _ in range(4000):
        units = []
        values = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.15:
                units.append(rng.choice(["lit ", "%%", "\u00e9", "-", "\U0001f600"]))
                continue
            flags = "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))
            width = ""
            r = rng.random()
            if r < 0.1:
                width = "*"
                values.append(rng.randint(-20, 20))
            elif r < 0.5:
                width = str(rng.randint(0, 25))
            prec = ""
            r = rng.random()
            if r < 0.1:
                prec = ".*"
                values.append(rng.randint(-3, 30))
            elif r < 0.45:
                prec = "." + str(rng.choice([0, 1, 2, 3, 5, 8, 12, 17, 20, 40]))
            conv = rng.choice(conversions)
            units.append("%" + flags + width + prec + conv)
            if rng.random() < 0.9:
                if conv in "diuoxX":
                    values.append(random_int(rng) if rng.random() < 0.85 else random_float(rng))
                elif conv in "eEfFgG":
                    values.append(random_float(rng) if rng.random() < 0.8 else random_int(rng))
                elif conv == "c":
                    values.append(rng.randint(0, 0x10ffff) if rng.random() < 0.5 else rng.choice(STR_ALPHABET))
                else:
                    values.append(rng.choice([random_int(rng), random_float(rng), random_str(rng)]))
            else:
                values.append(rng.choice([random_int(rng), random_float(rng), random_str(rng)]))
        t = "".join(units)
        if rng.random() < 0.03 and values:
            values.pop()
        elif rng.random() < 0.03:
            values.append(1)
        args = values[0] if len(values) == 1 and rng.random() < 0.5 and not isinstance(values[0], tuple) \
            else tuple(values)
        rows.append(percent_row(t, args))
    return rows


# ---- bytes % formatting ----------------------------------------------------------------------

BYTES_PERCENT_CASES = [
    (b"", ()), (b"plain", ()), (b"%%", ()), (b"%s", b"abc"), (b"%b", (b"abc",)), (b"%s", bytearray(b"ba")),
    (b"%b %s", (b"x", bytearray(b"y"))), (b"%r %a", ("\xe9", b"\xff")), (b"%a", 1 + 2j), (b"%r", 5),
    (b"%.5s|%5s|%-5b|", (b"abcdefg", b"ab", b"cd")), (b"%5.1b|", b"xyz"), (b"\xff%s\x00", b"\x80"),
    (b"%05d|%+x|%#o|% d", (-3, 255, 8, 4)), (b"%i %u %X %#X", (1, 2, 254, 254)), (b"%d", 2**100),
    (b"%d", 3.7), (b"%x", -2**70), (b"%.3d|%-6.3x|", (5, 5)), (b"%f %e %g", (0.1, 0.1, 0.1)),
    (b"%10.2f|%-10.2e|%+g", (3.14159, 3.14159, 1e20)), (b"%#.0f %#g", (2.0, 2.0)), (b"%F %E", (1e300, 1e-300)),
    (b"%f", 10), (b"%f", True), (b"%c", 65), (b"%c", b"z"), (b"%c", bytearray(b"q")), (b"%5c|%-3c|", (65, b"B")),
    (b"%c", 255), (b"%c", 0), (b"%(a)s %(b)d", {b"a": b"x", b"b": 5}), (b"%(a)s", {b"a": b"1"}),
    (b"%*d|%-*d|%.*f", (5, 1, 5, 2, 3, 2.5)), (b"%ld %hd", (1, 2)), (b"%s", [1]), (b"x", [1]),
    (b"%d%%", 50), (b"%c%c", (b"a", 98)),
    # errors
    (b"%", ()), (b"abc%", ()), (b"%5", 1), (b"%.", 1), (b"%(a", {}), (b"%(a)", {b"a": 1}),
    (b"%s", ()), (b"%s %s", (1,)), (b"%s", (b"a", b"b")), (b"x", b"abc"), (b"x", "abc"), (b"x", (5,)),
    (b"x", bytearray(b"a")), (b"%(a)s", b"abc"), (b"%(a)s", "abc"), (b"%(a)s", (1,)), (b"%(a)s", {"a": b"1"}),
    (b"%y", 1), (b"%\xe9", 1), (b"%\x80", 1), (b"%i", "x"), (b"%u", "x"), (b"%x", "x"), (b"%o", 1.5),
    (b"%d", None), (b"%f", "x"), (b"%f", 2**2000), (b"%e", None), (b"%c", b"ab"), (b"%c", b""),
    (b"%c", "a"), (b"%c", 256), (b"%c", -1), (b"%c", 2**70), (b"%c", 1.5), (b"%c", bytearray(b"ab")),
    (b"%s", "abc"), (b"%s", 5), (b"%b", None), (b"%s", 1.5), (b"%*d", (b"5", 1)),
    (b"%.2147483648f", 1.0), (b"%.*d", (2**40, 5)), (b"%99999999999999999999d", 1),
]


def bytes_percent_row(t, args):
    row = {"t": t.decode("latin-1"), "a": enc(args)}
    result = outcome(lambda: t % args)
    if "r" in result:
        result["r"] = result["r"].decode("latin-1")
    row.update(result)
    return row


def bytes_percent_cases():
    rows = [bytes_percent_row(t, a) for t, a in BYTES_PERCENT_CASES]
    rng = random.Random(13)
    for _ in range(1500):
        units = []
        values = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.15:
                units.append(rng.choice([b"lit ", b"%%", b"\xe9", b"-", b"\x00"]))
                continue
            flags = "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 2])))
            width = rng.choice(["", "", str(rng.randint(0, 20))])
            prec = rng.choice(["", "", "." + str(rng.choice([0, 1, 3, 6, 12]))])
            conv = rng.choice("sbradiuoxXeEfFgGc")
            units.append(("%" + flags + width + prec + conv).encode())
            if conv in "sb":
                values.append(rng.choice([random_str(rng).encode("utf-8"), bytearray(b"ba"), 5]))
            elif conv in "ra":
                values.append(rng.choice([random_int(rng), random_float(rng), random_str(rng), b"\x01b"]))
            elif conv in "diuoxX":
                values.append(random_int(rng) if rng.random() < 0.9 else random_float(rng))
            elif conv in "eEfFgG":
                values.append(random_float(rng) if rng.random() < 0.9 else random_int(rng))
            else:
                values.append(rng.randint(0, 255) if rng.random() < 0.6 else bytes([rng.randint(0, 255)]))
        args = values[0] if len(values) == 1 and rng.random() < 0.5 else tuple(values)
        rows.append(bytes_percent_row(b"".join(units), args))
    return rows


# ---- word-size dependent cases (64-bit CPython) --------------------------------------------

def wide_cases():
    rows = []
    for v in (2**31, 2**40, 2**63 - 1, 2**63, -2**63, -2**64):
        rows.append(dict(spec_row(v, "c"), kind="spec"))
    for value, spec in ((1.5, "9223372036854775807f"), (1.5, "9223372036854775808f"),
                        (1.5, ".2147483648f"), (1.5, ".9223372036854775807f"),
                        (1.5, ".9223372036854775808f"), (1 + 1j, ".2147483648f"),
                        ("abc", ".9223372036854775807"), ("abc", "9223372036854775808"),
                        (5, "9223372036854775807")):
        rows.append(dict(spec_row(value, spec), kind="spec"))
    for t in ("{9223372036854775807}", "{9223372036854775808}", "{0[9223372036854775808]}",
              "{0[2147483648]}"):
        row = {"kind": "format", "t": t, "a": [enc([1])]}
        row.update(outcome(lambda: t.format([1])))
        rows.append(row)
    for t, a in (("%*d", (2**63, 5)), ("%*d", (2**40, 5)), ("%.*d", (2**31, 5)),
                 ("%9223372036854775808d", 5), ("%.2147483648d", 5)):
        rows.append(dict(percent_row(t, a), kind="percent"))
    return rows


if __name__ == "__main__":
    if "--wide" in sys.argv:
        assert sys.maxsize > 2**32, "run --wide with a 64-bit CPython"
        write("wide_cases.jsonl", wide_cases())
    else:
        assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
        spec = spec_cases()
        write("spec_int_str_cases.jsonl", [r for r in spec if not is_float_or_complex(r["v"])])
        write("spec_float_complex_cases.jsonl", [r for r in spec if is_float_or_complex(r["v"])])
        write("str_format_cases.jsonl", format_cases())
        write("percent_cases.jsonl", percent_cases())
        write("parser_cases.jsonl", parser_cases())
        write("bytes_percent_cases.jsonl", bytes_percent_cases())
