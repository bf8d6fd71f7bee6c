package dev.snakebox.objects.text;

import dev.snakebox.objects.PyStr;

/**
 * {@code str.encode(encoding, errors)} for UTF-8, Latin-1 and ASCII (the other codecs of
 * {@link Codecs} in their own classes); CPython's
 * {@code PyUnicode_AsEncodedString}, {@code unicode_encode_utf8} (with
 * Objects/stringlib/codecs.h's {@code utf8_encoder}) and {@code unicode_encode_ucs1}
 * (Objects/unicodeobject.c), and the error handlers of Python/codecs.c.
 *
 * <p>The error handler is looked up only when an unencodable character is met (an unknown name
 * is no error before that), as in CPython. Handled: strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, surrogateescape, surrogatepass and namereplace (which CPython calls through
 * the registry, with the whole run of unencodable characters).
 */
public final class StrEncode {
    private StrEncode() {
    }

    /** The error handlers CPython recognises without the registry ({@code _Py_GetErrorHandler}). */
    private enum Handler {
        STRICT, IGNORE, REPLACE, BACKSLASHREPLACE, XMLCHARREFREPLACE, SURROGATEESCAPE, SURROGATEPASS, OTHER
    }

    private static Handler handler(String errors) {
        if (errors == null) {
            return Handler.STRICT;
        }
        switch (errors) {
            case "strict":
                return Handler.STRICT;
            case "ignore":
                return Handler.IGNORE;
            case "replace":
                return Handler.REPLACE;
            case "backslashreplace":
                return Handler.BACKSLASHREPLACE;
            case "xmlcharrefreplace":
                return Handler.XMLCHARREFREPLACE;
            case "surrogateescape":
                return Handler.SURROGATEESCAPE;
            case "surrogatepass":
                return Handler.SURROGATEPASS;
            default:
                return Handler.OTHER;
        }
    }

    /**
     * {@code s.encode(encoding, errors)}: {@code encoding} null is UTF-8, {@code errors} null is
     * strict. Both names are first converted as C strings are (UTF-8, no U+0000).
     */
    public static byte[] encode(String s, String encoding, String errors) {
        if (encoding != null) {
            checkCString(encoding);
        }
        if (errors != null) {
            checkCString(errors);
        }
        Codecs.Codec codec = encoding == null ? Codecs.Codec.UTF_8 : Codecs.lookup(encoding);
        if (encoding == null || Codecs.isFastPath(encoding)) {
            return encode(s, codec, errors);
        }
        try {
            return encode(s, codec, errors);
        } catch (dev.snakebox.objects.PyException e) {
            throw Codecs.failed(e, "encoding", encoding);
        }
    }

    /** Encodes with a codec already found. */
    public static byte[] encode(String s, Codecs.Codec codec, String errors) {
        switch (codec) {
            case UTF_8:
                return utf8(s, errors);
            case LATIN_1:
                return ucs1(s, errors, 256, codec.errorName, "ordinal not in range(256)");
            case ASCII:
                return ucs1(s, errors, 128, codec.errorName, "ordinal not in range(128)");
            case UTF_8_SIG: {
                byte[] body = utf8(s, errors);
                byte[] out = new byte[body.length + 3];
                out[0] = (byte) 0xEF;
                out[1] = (byte) 0xBB;
                out[2] = (byte) 0xBF;
                System.arraycopy(body, 0, out, 3, body.length);
                return out;
            }
            case UTF_16:
                return WideUtfCodecs.encode(s, errors, codec, 2, 0);
            case UTF_16_LE:
                return WideUtfCodecs.encode(s, errors, codec, 2, -1);
            case UTF_16_BE:
                return WideUtfCodecs.encode(s, errors, codec, 2, 1);
            case UTF_32:
                return WideUtfCodecs.encode(s, errors, codec, 4, 0);
            case UTF_32_LE:
                return WideUtfCodecs.encode(s, errors, codec, 4, -1);
            case UTF_32_BE:
                return WideUtfCodecs.encode(s, errors, codec, 4, 1);
            case CP1252:
            case CP437:
                return CharmapCodec.encode(s, errors, codec);
            case UNICODE_ESCAPE:
                return UnicodeEscapeCodec.encode(s);
            default:
                return UnicodeEscapeCodec.encodeRaw(s);
        }
    }

    /** Argument Clinic's conversion of a str to {@code const char *}: UTF-8 encodable, no U+0000. */
    private static void checkCString(String name) {
        utf8(name, null);
        if (name.indexOf('\0') >= 0) {
            throw StrErrors.embeddedNull();
        }
    }

    /** Whether unit {@code i} of {@code s} is a surrogate that is not part of a pair (a surrogate code point). */
    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (c < 0xD800 || c > 0xDFFF) {
            return false;
        }
        return !CodePointIndex.isPair(s, i) && !(c >= 0xDC00 && i > 0 && CodePointIndex.isPair(s, i - 1));
    }

    private static byte[] utf8(String s, String errors) {
        int n = s.length();
        ByteBuilder out = new ByteBuilder(n + 16);
        Handler handler = null;
        int pos = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.add(c);
            } else if (c < 0x800) {
                out.add(0xC0 | (c >> 6));
                out.add(0x80 | (c & 0x3F));
            } else if (c < 0xD800 || c > 0xDFFF) {
                addThreeBytes(out, c);
            } else if (CodePointIndex.isPair(s, i)) {
                int cp = Utf16.codePointAt(s, i);
                out.add(0xF0 | (cp >> 18));
                out.add(0x80 | ((cp >> 12) & 0x3F));
                out.add(0x80 | ((cp >> 6) & 0x3F));
                out.add(0x80 | (cp & 0x3F));
                i++;
            } else {
                // a run of surrogate code points: [i, end) in units, [pos, pos + end - i) in code points
                int end = i + 1;
                while (end < n && isLoneSurrogate(s, end)) {
                    end++;
                }
                if (handler == null) {
                    handler = handler(errors);
                }
                int startpos = pos;
                int endpos = pos + (end - i);
                switch (handler) {
                    case REPLACE:
                        for (int k = i; k < end; k++) {
                            out.add('?');
                        }
                        break;
                    case IGNORE:
                        break;
                    case SURROGATEPASS:
                        for (int k = i; k < end; k++) {
                            addThreeBytes(out, s.charAt(k));
                        }
                        break;
                    case BACKSLASHREPLACE:
                        for (int k = i; k < end; k++) {
                            backslashReplace(out, s.charAt(k));
                        }
                        break;
                    case XMLCHARREFREPLACE:
                        for (int k = i; k < end; k++) {
                            xmlCharRefReplace(out, s.charAt(k));
                        }
                        break;
                    case SURROGATEESCAPE: {
                        int k = i;
                        while (k < end && s.charAt(k) >= 0xDC80 && s.charAt(k) <= 0xDCFF) {
                            out.add(s.charAt(k) & 0xFF);
                            k++;
                        }
                        if (k < end) {
                            throw registryHandler(errors, "utf-8", "surrogates not allowed", s,
                                    startpos + (k - i), endpos);
                        }
                        break;
                    }
                    default:
                        if ("namereplace".equals(errors)) {
                            out.addAscii(NameReplace.ofUnits(s, i, end));
                            break;
                        }
                        throw registryHandler(errors, "utf-8", "surrogates not allowed", s, startpos, endpos);
                }
                pos = endpos;
                i = end;
                continue;
            }
            i++;
            pos++;
        }
        return out.toArray();
    }

    private static void addThreeBytes(ByteBuilder out, int c) {
        out.add(0xE0 | (c >> 12));
        out.add(0x80 | ((c >> 6) & 0x3F));
        out.add(0x80 | (c & 0x3F));
    }

    /** Latin-1 ({@code limit} 256) and ASCII (128): one byte per code point below the limit. */
    private static byte[] ucs1(String s, String errors, int limit, String encoding, String reason) {
        int n = s.length();
        ByteBuilder out = new ByteBuilder(n);
        Handler handler = null;
        int pos = 0;
        int i = 0;
        while (i < n) {
            int cp = Utf16.codePointAt(s, i);
            if (cp < limit) {
                out.add(cp);
                i++;
                pos++;
                continue;
            }
            // the run of unencodable code points [collstart, collend), units [i, end)
            int collstart = pos;
            int collend = pos + 1;
            int end = i + Utf16.units(cp);
            while (end < n) {
                int next = Utf16.codePointAt(s, end);
                if (next < limit) {
                    break;
                }
                end += Utf16.units(next);
                collend++;
            }
            if (handler == null) {
                handler = handler(errors);
            }
            switch (handler) {
                case STRICT:
                    throw UnicodeEncodeErrors.create(encoding, s, collstart, collend, reason);
                case REPLACE:
                    for (int k = collstart; k < collend; k++) {
                        out.add('?');
                    }
                    break;
                case IGNORE:
                    break;
                case BACKSLASHREPLACE:
                case XMLCHARREFREPLACE:
                    for (int k = i; k < end; ) {
                        int c = Utf16.codePointAt(s, k);
                        if (handler == Handler.BACKSLASHREPLACE) {
                            backslashReplace(out, c);
                        } else {
                            xmlCharRefReplace(out, c);
                        }
                        k += Utf16.units(c);
                    }
                    break;
                case SURROGATEESCAPE: {
                    int k = i;
                    int at = collstart;
                    while (k < end && s.charAt(k) >= 0xDC80 && s.charAt(k) <= 0xDCFF
                            && isLoneSurrogate(s, k)) {
                        out.add(s.charAt(k) - 0xDC00);
                        k++;
                        at++;
                    }
                    if (k < end) {
                        throw registryHandler(errors, encoding, reason, s, at, collend);
                    }
                    break;
                }
                default:
                    if ("namereplace".equals(errors)) {
                        out.addAscii(NameReplace.ofUnits(s, i, end));
                        break;
                    }
                    throw registryHandler(errors, encoding, reason, s, collstart, collend);
            }
            pos = collend;
            i = end;
        }
        return out.toArray();
    }

    /**
     * What the registry's handler named {@code errors} does with an error on {@code s[start:end]}
     * here: strict, surrogatepass (outside UTF-8) and surrogateescape (on a character it cannot
     * escape) raise the UnicodeEncodeError itself; an unregistered name is a LookupError.
     */
    private static RuntimeException registryHandler(String errors, String encoding, String reason, String s,
            int start, int end) {
        String name = errors == null ? "strict" : errors;
        switch (name) {
            case "strict":
            case "surrogatepass":
            case "surrogateescape":
                return UnicodeEncodeErrors.create(encoding, s, start, end, reason);
            default:
                return StrErrors.unknownErrorHandler(name);
        }
    }

    /** {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh}, as backslashreplace writes a code point. */
    private static void backslashReplace(ByteBuilder out, int cp) {
        String escape;
        if (cp < 0x100) {
            escape = "\\x" + UnicodeEncodeErrors.hex(cp, 2);
        } else if (cp < 0x10000) {
            escape = "\\u" + UnicodeEncodeErrors.hex(cp, 4);
        } else {
            escape = "\\U" + UnicodeEncodeErrors.hex(cp, 8);
        }
        out.addAscii(escape);
    }

    /** {@code &#NNN;}, as xmlcharrefreplace writes a code point. */
    private static void xmlCharRefReplace(ByteBuilder out, int cp) {
        out.addAscii("&#" + cp + ";");
    }

    /** A growing byte array. */
    static final class ByteBuilder {
        private byte[] bytes;
        private int size;

        ByteBuilder(int capacity) {
            bytes = new byte[Math.max(capacity, 16)];
        }

        void add(int b) {
            if (size == bytes.length) {
                if (size >= PyStr.MAX_LENGTH) {
                    throw StrErrors.tooLong();
                }
                byte[] bigger = new byte[(int) Math.min(2L * size, PyStr.MAX_LENGTH)];
                System.arraycopy(bytes, 0, bigger, 0, size);
                bytes = bigger;
            }
            bytes[size++] = (byte) b;
        }

        void addAscii(String text) {
            for (int i = 0; i < text.length(); i++) {
                add(text.charAt(i));
            }
        }

        byte[] toArray() {
            byte[] out = new byte[size];
            System.arraycopy(bytes, 0, out, 0, size);
            return out;
        }
    }
}
