# str.encode / bytes.decode with the codecs beyond utf-8, latin-1 and ascii
samples = ['', 'abc', 'caf\xe9 \u20ac', 'x\U0001f600y', '\u1234\n\t\\\'"']
codecs = ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig',
          'unicode_escape', 'raw_unicode_escape', 'cp1252', 'cp437']
for c in codecs:
    for s in samples:
        try:
            b = s.encode(c)
        except UnicodeEncodeError as e:
            print(c, repr(s), 'UnicodeEncodeError', e)
            continue
        back = b.decode(c)
        print(c, repr(s), b, back == s)

# names are normalised and aliased
for name in ['UTF16', 'utf_16', 'U16', 'UTF-16LE', 'utf_16be', 'UTF32', 'utf-32le', 'windows-1252', 'Windows_1252',
             '1252', 'IBM437', '437', 'Unicode-Escape', 'RAW_UNICODE_ESCAPE', 'utf-8-SIG', 'UTF8', 'utf_8', 'latin1',
             'iso-8859-1', 'L1']:
    print(name, 'h\xe9'.encode(name))
for name in ['utf-9', 'x', 'cp9999', 'utf 16 le', 'hex', 'Base64', 'rot-13', 'zlib', 'undefined']:
    for op in (lambda: 'a'.encode(name), lambda: b'a'.decode(name)):
        try:
            print(op())
        except (LookupError, UnicodeError) as e:
            print(type(e).__name__, e)

def show(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, e.args[1:4])
    except LookupError as e:
        print(type(e).__name__, e)

# byte order marks
show(lambda: b'\xff\xfeA\x00'.decode('utf-16'))
show(lambda: b'\xfe\xff\x00A'.decode('utf-16'))
show(lambda: b'A\x00'.decode('utf-16'))
show(lambda: b'\xff\xfeA\x00'.decode('utf-16-le'))
show(lambda: b'\xff\xfe\x00\x00A\x00\x00\x00'.decode('utf-32'))
show(lambda: b'\x00\x00\xfe\xff\x00\x00\x00A'.decode('utf-32'))
show(lambda: b'\xef\xbb\xbfhi'.decode('utf-8-sig'))
show(lambda: b'hi'.decode('utf-8-sig'))
show(lambda: 'x\U00012345'.encode('utf-16-be'))

# decoding errors, with each handler
bad = [
    (b'\x00', 'utf-16'), (b'A\x00\x00', 'utf-16-be'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdcA\x00', 'utf-16-le'),
    (b'\x00\xd8A\x00', 'utf-16-le'), (b'\x00\xd8A', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32'),
    (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'A\x00\x00', 'utf-32-le'), (b'A\x00\x00\x00B', 'utf-32'),
    (b'\x81x\x8d', 'cp1252'), (b'ab\xff', 'utf-8-sig'), (b'\\x4', 'unicode_escape'), (b'ab\\u12', 'unicode_escape'),
    (b'ab\\U00110000', 'unicode_escape'), (b'ab\\U0011', 'unicode_escape'), (b'ab\\', 'unicode_escape'),
    (b'ab\\N{NOPE}', 'unicode_escape'), (b'ab\\N', 'unicode_escape'), (b'a\\N{}b', 'unicode_escape'),
    (b'a\\N{LATIN', 'unicode_escape'), (b'\\x4g', 'unicode_escape'), (b'ab\\u12', 'raw_unicode_escape'),
    (b'ab\\U00110000', 'raw_unicode_escape'),
]
for data, c in bad:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        show(lambda: data.decode(c, errors))
show(lambda: b'\x00\xdc'.decode('utf-16-le', 'surrogatepass'))
show(lambda: b'\x00\xd8\x00\x00'.decode('utf-32', 'surrogatepass'))
show(lambda: b'\x81'.decode('cp1252', 'surrogatepass'))
show(lambda: b'\x41'.decode('cp1252', 'nosuch'))

# escapes
show(lambda: b'\\t\\n\\r\\\\\\\'\\"\\a\\b\\f\\v\\101\\7\\x41\\u0041\\U00000041\\N{LATIN SMALL LETTER E WITH ACUTE}'.decode('unicode_escape'))
show(lambda: b'a\\\nb \xe9'.decode('unicode_escape'))
show(lambda: b'\\\\\\u0041 \\\\u0041 \\u0041\\ \\x41'.decode('raw_unicode_escape'))
show(lambda: '\x00\x7f\x80\xff\u0100\U00010000 "\''.encode('unicode_escape'))
show(lambda: '\x00\x7f\x80\xff\u0100\U00010000 "\''.encode('raw_unicode_escape'))

# encoding errors, with each handler
for s, c in [('a\ud800b', 'utf-16'), ('a\ud800b', 'utf-16-le'), ('a\ud800b', 'utf-32-be'), ('\u0100\u0101x\u0102', 'cp1252'),
             ('\u20ac\u0100', 'cp437'), ('x\udcff', 'cp1252'), ('x\udc80', 'utf-16-le')]:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
                   'surrogatepass']:
        show(lambda: s.encode(c, errors))
show(lambda: 'a\ud800'.encode('utf-16', 'nosuch'))
show(lambda: 'abc'.encode('utf-16', 'nosuch'))
print(str(b'\xff\xfeh\x00i\x00', 'utf-16'), bytes('hi', 'utf-32-be'), bytearray('\u20ac', 'cp1252'))
b'\x00\xd8'.decode('utf-16')
