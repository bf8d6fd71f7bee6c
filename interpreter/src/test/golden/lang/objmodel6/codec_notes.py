# the note CPython adds to an error of a codec reached through the registry, and the
# DeprecationWarning of unicode_escape for an escape it does not know
import warnings


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", ascii(r))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "__notes__", None))


# the fast paths (utf-8, utf-16, utf-32, ascii, latin-1 under their plain names) add no note
attempt("ascii", lambda: "\u20ac".encode("ascii"))
attempt("US-ASCII", lambda: "\u20ac".encode("US-ASCII"))
attempt("latin-1", lambda: "\u20ac".encode("latin-1"))
attempt("iso8859-1", lambda: "\u20ac".encode("ISO8859-1"))
attempt("utf-8", lambda: "\udc80".encode("utf-8"))
attempt("UTF8", lambda: b"\xff".decode("UTF8"))
attempt("utf-16", lambda: b"\x00".decode("utf-16"))
attempt("utf_32", lambda: b"\x00".decode("utf_32"))
attempt("default", lambda: b"\xff".decode())
# every other name goes through the registry: the note names the codec as it was written
attempt("u8", lambda: b"\xff".decode("u8"))
attempt("utf-8-sig", lambda: b"\xef\xbb\xbf\xff".decode("utf-8-sig"))
attempt("utf-16-le", lambda: b"\x00".decode("utf-16-le"))
attempt("UTF-32-BE", lambda: b"\x00\x00".decode("UTF-32-BE"))
attempt("latin", lambda: "\u20ac".encode("latin"))
attempt("cp1252 enc", lambda: "\u0100".encode("cp1252"))
attempt("windows-1252", lambda: b"\x81".decode("windows-1252"))
attempt("cp437", lambda: "\u20ac".encode("cp437"))
attempt("str()", lambda: str(b"\x81", "cp1252"))
attempt("bytes()", lambda: bytes("\u0100", "cp1252"))
attempt("bytearray()", lambda: bytearray("\u0100", "cp1252"))
attempt("unicode_escape", lambda: b"\\x4".decode("unicode_escape"))
attempt("raw_unicode_escape", lambda: b"\\u12".decode("raw_unicode_escape"))
attempt("handler", lambda: b"\x81".decode("cp1252", "bogus"))
attempt("handler fast", lambda: b"\x81".decode("utf-8", "bogus"))
attempt("no error", lambda: b"\x80".decode("cp1252", "bogus"))
attempt("replace", lambda: b"\x81A".decode("cp1252", "replace"))
# errors that come before the codec runs get no note
attempt("unknown", lambda: b"x".decode("no-such-codec"))
attempt("transform", lambda: b"x".decode("hex"))

# unicode_escape warns about the first unknown escape only, once decoding succeeded
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(ascii(b"\\d \\q \\8".decode("unicode_escape")))
    print(ascii(b"\\777 \\d".decode("unicode_escape")))
    print(ascii(b"\\400".decode("unicode_escape")))
    print(ascii(b"\\377 \\n \\x41".decode("unicode_escape")))
    print(ascii(b"\\d".decode("raw_unicode_escape")))
    print(ascii(b"\\\xe9".decode("unicode_escape")))
    attempt("bad and unknown", lambda: b"\\q \\x".decode("unicode_escape"))
    print(ascii(b"\\q \\x".decode("unicode_escape", "replace")))
for w in caught:
    print(w.category.__name__, ascii(str(w.message)), w.filename == __file__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    attempt("as error", lambda: b"\\z".decode("unicode_escape"))
print(b"\\w".decode("unicode_escape"))
b"\\N{NO SUCH NAME}".decode("unicode_escape")
