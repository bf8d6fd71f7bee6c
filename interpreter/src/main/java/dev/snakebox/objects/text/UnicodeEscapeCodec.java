package dev.snakebox.objects.text;

/**
 * The codecs {@code unicode_escape} and {@code raw_unicode_escape}: CPython's
 * {@code PyUnicode_AsUnicodeEscapeString}, {@code _PyUnicode_DecodeUnicodeEscapeInternal},
 * {@code PyUnicode_AsRawUnicodeEscapeString} and {@code PyUnicode_DecodeRawUnicodeEscape}
 * (Objects/unicodeobject.c). Bytes that are no escape stand for the code point of the same
 * number (Latin-1). The first unknown escape ({@code \q}) or octal escape above 0o377 gives
 * CPython's DeprecationWarning once the whole input is decoded.
 */
final class UnicodeEscapeCodec {
    private UnicodeEscapeCodec() {
    }

    private static final String NAME = "unicodeescape";
    private static final String RAW_NAME = "rawunicodeescape";

    /** {@code s.encode('unicode_escape')}: printable ASCII as is, the rest escaped (quotes are not). */
    static byte[] encode(String s) {
        StrEncode.ByteBuilder out = new StrEncode.ByteBuilder(s.length() + 16);
        for (int cp : Utf16.codePoints(s)) {
            if (cp == '\\') {
                out.addAscii("\\\\");
            } else if (cp == '\t') {
                out.addAscii("\\t");
            } else if (cp == '\n') {
                out.addAscii("\\n");
            } else if (cp == '\r') {
                out.addAscii("\\r");
            } else if (cp >= 0x20 && cp < 0x7f) {
                out.add(cp);
            } else {
                escape(out, cp);
            }
        }
        return out.toArray();
    }

    /** {@code s.encode('raw_unicode_escape')}: code points below 256 as their byte, the others escaped. */
    static byte[] encodeRaw(String s) {
        StrEncode.ByteBuilder out = new StrEncode.ByteBuilder(s.length() + 16);
        for (int cp : Utf16.codePoints(s)) {
            if (cp < 0x100) {
                out.add(cp);
            } else {
                escape(out, cp);
            }
        }
        return out.toArray();
    }

    private static void escape(StrEncode.ByteBuilder out, int cp) {
        if (cp < 0x100) {
            out.addAscii("\\x" + UnicodeEncodeErrors.hex(cp, 2));
        } else if (cp < 0x10000) {
            out.addAscii("\\u" + UnicodeEncodeErrors.hex(cp, 4));
        } else {
            out.addAscii("\\U" + UnicodeEncodeErrors.hex(cp, 8));
        }
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** {@code bytes.decode('unicode_escape')}: the escapes of a string literal, and \N{name}. */
    static String decode(byte[] d, String errors) {
        int n = d.length;
        StringBuilder out = new StringBuilder(n);
        // _PyUnicode_DecodeUnicodeEscapeInternal2's first_invalid_escape_char
        int firstInvalid = -1;
        int i = 0;
        while (i < n) {
            int c = d[i] & 0xff;
            if (c != '\\') {
                out.append((char) c);
                i++;
                continue;
            }
            int start = i++;
            if (i >= n) {
                i = StrDecode.handle(out, d, start, n, NAME, "\\ at end of string", errors);
                continue;
            }
            c = d[i++] & 0xff;
            switch (c) {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    out.append((char) c);
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 'v':
                    out.append('\u000b');
                    break;
                case 'a':
                    out.append('\u0007');
                    break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int x = c - '0';
                    for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) {
                        x = x * 8 + (d[i++] - '0');
                    }
                    if (x > 0377 && firstInvalid == -1) {
                        firstInvalid = x;
                    }
                    out.append((char) x);
                    break;
                }
                case 'x':
                    i = hexEscape(out, d, start, i, 2, "truncated \\xXX escape", NAME, errors);
                    break;
                case 'u':
                    i = hexEscape(out, d, start, i, 4, "truncated \\uXXXX escape", NAME, errors);
                    break;
                case 'U':
                    i = hexEscape(out, d, start, i, 8, "truncated \\UXXXXXXXX escape", NAME, errors);
                    break;
                case 'N':
                    i = named(out, d, start, i, errors);
                    break;
                default:
                    if (firstInvalid == -1) {
                        firstInvalid = c;
                    }
                    out.append('\\').append((char) c);
                    break;
            }
        }
        if (firstInvalid != -1) {
            // _PyUnicode_DecodeUnicodeEscapeStateful: a warning, which a filter may make an error
            String escape = firstInvalid > 0xff ? Integer.toOctalString(firstInvalid) : String.valueOf((char) firstInvalid);
            String kind = firstInvalid > 0xff ? "invalid octal escape sequence" : "invalid escape sequence";
            dev.snakebox.objects.Warnings.warn(dev.snakebox.objects.ExceptionTypes.DeprecationWarning,
                    kind + " '\\" + escape + "'", 1);
        }
        return out.toString();
    }

    /** The {@code count} hex digits from {@code i}; an error from the backslash to the first non-digit. */
    private static int hexEscape(StringBuilder out, byte[] d, int start, int i, int count, String truncated,
            String codec, String errors) {
        long ch = 0;
        for (int k = 0; k < count; k++, i++) {
            int v = i < d.length ? hexDigit(d[i] & 0xff) : -1;
            if (v < 0) {
                return StrDecode.handle(out, d, start, i, codec, truncated, errors);
            }
            ch = ch * 16 + v;
        }
        if (ch > 0x10FFFF) {
            String reason = NAME.equals(codec) ? "illegal Unicode character" : "\\Uxxxxxxxx out of range";
            return StrDecode.handle(out, d, start, i, codec, reason, errors);
        }
        out.appendCodePoint((int) ch);
        return i;
    }

    /** {@code \N{name}}: the character of that name; "malformed" without braces or a name. */
    private static int named(StringBuilder out, byte[] d, int start, int i, String errors) {
        int n = d.length;
        String reason = "malformed \\N character escape";
        if (i >= n) {
            return StrDecode.handle(out, d, start, n, NAME, reason, errors);
        }
        if (d[i] == '{') {
            int from = ++i;
            while (i < n && d[i] != '}') {
                i++;
            }
            if (i >= n) {
                return StrDecode.handle(out, d, start, n, NAME, reason, errors);
            }
            if (i > from) {
                char[] name = new char[i - from];
                for (int k = from; k < i; k++) {
                    name[k - from] = (char) (d[k] & 0xff);
                }
                i++;
                int cp = UnicodeNames.codePoint(new String(name));
                if (cp >= 0) {
                    out.appendCodePoint(cp);
                    return i;
                }
                reason = "unknown Unicode character name";
            }
        }
        return StrDecode.handle(out, d, start, i, NAME, reason, errors);
    }

    /** {@code bytes.decode('raw_unicode_escape')}: only \\uXXXX and \\UXXXXXXXX after an odd number of backslashes. */
    static String decodeRaw(byte[] d, String errors) {
        int n = d.length;
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int c = d[i] & 0xff;
            if (c != '\\') {
                out.append((char) c);
                i++;
                continue;
            }
            int run = i;
            while (run < n && d[run] == '\\') {
                run++;
            }
            int k = run - i;
            boolean escape = run < n && (d[run] == 'u' || d[run] == 'U') && k % 2 == 1;
            int literal = escape ? k - 1 : k;
            for (int m = 0; m < literal; m++) {
                out.append('\\');
            }
            if (!escape) {
                i = run;
                continue;
            }
            int start = run - 1;
            boolean wide = d[run] == 'U';
            i = hexEscape(out, d, start, run + 1, wide ? 8 : 4,
                    wide ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape", RAW_NAME, errors);
        }
        return out.toString();
    }
}
