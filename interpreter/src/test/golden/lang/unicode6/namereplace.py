# the namereplace error handler with the codecs that take error handlers
text = "caf\u00e9 \u20ac5 \u2014 \u00bd \U0001f600 \x85\x00 \ufeff \U00017000 \U000e0000 \ue000 \u0378 \uac01 \u4e00 \ufa6d"
for codec in ["ascii", "latin-1", "iso-8859-1", "cp1252", "windows-1252", "cp437", "utf-8", "us-ascii", "l1"]:
    try:
        print(codec, text.encode(codec, "namereplace"))
    except Exception as e:
        print(codec, type(e).__name__, e)
print("\udc80\ud800x".encode("utf-8", "namereplace"))
print("\udc80\ud800x".encode("ascii", "namereplace"))
print("\udc80\ud800x".encode("utf-16-le", "namereplace"))
print("\udc80\ud800x".encode("utf-32-be", "namereplace"))
print("\u00e9".encode("cp437", "namereplace"), "\u0153\u2122".encode("cp437", "namereplace"))
print("\u20ac\u0153".encode("cp1252", "namereplace"), "\u0100\u2603".encode("cp1252", "namereplace"))
print(str("x\u00ff\u0100", ) .encode("latin-1", errors="namereplace"))
print(bytes("\N{BLACK HEART SUIT}!", "ascii", "namereplace"))
# every character of a block, by name
line = "".join(chr(cp) for cp in range(0x2190, 0x21a0))
print(line.encode("ascii", "namereplace").decode("ascii"))
print("\x7f\x80\x9f\xa0\xad".encode("ascii", "namereplace"))
# decoding has no namereplace
for data, codec in [(b"\xff", "ascii"), (b"\xff", "utf-8"), (b"a\x81", "cp1252"), (b"\\N{x}", "unicode_escape")]:
    try:
        print(data.decode(codec, "namereplace"))
    except Exception as e:
        print(type(e).__name__, e)
try:
    b"\xff".decode("ascii", "xmlcharrefreplace")
except TypeError as e:
    print(type(e).__name__, e)
print("\u00e9".encode(encoding="ascii", errors="namereplace"))
try:
    "\u00e9".encode("ascii", "nameREPLACE")
except LookupError as e:
    print(type(e).__name__, e)
print("ok \u00e9".encode("ascii", "namereplace").decode("unicode_escape"))
