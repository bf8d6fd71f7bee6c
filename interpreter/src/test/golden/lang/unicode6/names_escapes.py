# \N{...} escapes across many blocks, aliases, algorithmic names, f-strings
samples = [
    "\N{LATIN SMALL LETTER A}", "\N{latin small letter sharp s}", "\N{GREEK CAPITAL LETTER OMEGA}",
    "\N{CYRILLIC SMALL LETTER ZHE}", "\N{HEBREW LETTER ALEF}", "\N{ARABIC LETTER BEH}",
    "\N{DEVANAGARI LETTER KA}", "\N{THAI CHARACTER KO KAI}", "\N{TIBETAN LETTER KA}",
    "\N{GEORGIAN LETTER AN}", "\N{ETHIOPIC SYLLABLE HA}", "\N{CHEROKEE LETTER A}",
    "\N{HIRAGANA LETTER A}", "\N{KATAKANA LETTER A}", "\N{CJK UNIFIED IDEOGRAPH-4E00}",
    "\N{CJK UNIFIED IDEOGRAPH-20000}", "\N{CJK UNIFIED IDEOGRAPH-31350}", "\N{CJK UNIFIED IDEOGRAPH-2EBF0}",
    "\N{CJK COMPATIBILITY IDEOGRAPH-F900}", "\N{cjk compatibility ideograph-2f800}",
    "\N{HANGUL SYLLABLE GA}", "\N{HANGUL SYLLABLE HIH}", "\N{HANGUL SYLLABLE A}", "\N{HANGUL SYLLABLE SSANG}",
    "\N{GRINNING FACE}", "\N{PILE OF POO}", "\N{FACE WITH PEEKING EYE}", "\N{SHAKING FACE}",
    "\N{EMOJI MODIFIER FITZPATRICK TYPE-3}", "\N{REGIONAL INDICATOR SYMBOL LETTER F}",
    "\N{MATHEMATICAL BOLD CAPITAL A}", "\N{MUSICAL SYMBOL G CLEF}", "\N{EGYPTIAN HIEROGLYPH A001}",
    "\N{CUNEIFORM SIGN A}", "\N{LINEAR B SYLLABLE B008 A}", "\N{GOTHIC LETTER AHSA}",
    "\N{KHITAN SMALL SCRIPT CHARACTER-18B00}", "\N{NUSHU CHARACTER-1B170}", "\N{TANGUT COMPONENT-001}",
    "\N{KAWI LETTER A}", "\N{NAG MUNDARI LETTER O}", "\N{ZNAMENNY NEUME KRYUK}",
    "\N{BYTE ORDER MARK}", "\N{NBSP}", "\N{LATIN CAPITAL LETTER GHA}", "\N{ZWJ}", "\N{VS16}", "\N{VS256}",
    "\N{NULL}", "\N{LINE FEED}", "\N{lf}", "\N{DEL}", "\N{PADDING CHARACTER}", "\N{SINGLE-SHIFT-2}",
    "\N{EURO SIGN}", "\N{SNOWMAN}", "\N{HYPHEN-MINUS}", "\N{TIBETAN MARK BKA- SHOG GI MGO RGYAN}",
    "\N{Latin Capital Letter A With Ring Above}", "\N{SPACE}",
]
for s in samples:
    print(ascii(s), len(s), [hex(ord(c)) for c in s])
print(ascii(f"[\N{BULLET} {1 + 1} \N{RIGHTWARDS ARROW}]"), ascii(f"{'x'!r}\N{DEGREE SIGN}"))
print(ascii(rb"\N{BULLET}"), ascii(r"\N{BULLET}"))
print(ascii("a\N{COMBINING ACUTE ACCENT}b\N{COMBINING CEDILLA}"))
# the unicode_escape codec
print(ascii(b"\\N{EM DASH}".decode("unicode_escape")))
print(ascii(b"x\\N{hangul syllable ga}y".decode("unicode_escape", "replace")))
print(ascii(b"x\\N{HANGUL SYLLABLE GA}y\\N{bom}".decode("unicode_escape")))
for data, errors in [(b"\\N{DASH}", "strict"), (b"\\N{NO SUCH NAME}", "backslashreplace"), (b"\\N{KEYCAP NUMBER SIGN}", "strict"),
                     (b"\\N{}", "strict"), (b"\\N", "replace"), (b"a\\N{EM DASH", "ignore"), (b"\\N{cjk unified ideograph-4e00}", "replace")]:
    try:
        print(ascii(data.decode("unicode_escape", errors)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
# compile-time errors from \N{}
for src in ['"\\N{NO SUCH CHARACTER}"', '"\\N{KEYCAP NUMBER SIGN}"', '"ab\\N{cjk unified ideograph-4e00}"',
            '"\\N{HANGUL SYLLABLE GAX}"', 'f"\\N{BOGUS} {1}"', '"\\N{}"', '"\\N{LATIN SMALL LETTER A"',
            '"\\N{TANGUT IDEOGRAPH-17000}"', '"\\N{CJK UNIFIED IDEOGRAPH-4e00}"', '"\\N{ LATIN SMALL LETTER A}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
