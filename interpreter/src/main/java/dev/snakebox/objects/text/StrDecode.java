package dev.snakebox.objects.text;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyStr;

/**
 * {@code str(bytes, encoding, errors)} and {@code bytes.decode} for UTF-8, Latin-1 and ASCII
 * (the other codecs of {@link Codecs} in their own classes);
 * CPython's {@code PyUnicode_Decode}, {@code unicode_decode_utf8} (with
 * Objects/stringlib/codecs.h's {@code utf8_decode}), {@code PyUnicode_DecodeLatin1},
 * {@code PyUnicode_DecodeASCII}, and the decoding side of the error handlers of Python/codecs.c
 * (strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass).
 *
 * <p>A bad UTF-8 sequence is reported as CPython reports it: "invalid start byte" for one byte
 * that cannot begin a character, "invalid continuation byte" up to the first byte that cannot
 * follow, "unexpected end of data" for a valid but cut-off sequence at the end. The error
 * handler is looked up only when an error is met.
 */
public final class StrDecode {
    private StrDecode() {
    }

    private static final String START = "invalid start byte";
    private static final String CONTINUATION = "invalid continuation byte";
    private static final String END = "unexpected end of data";

    /** {@code bytes.decode(encoding, errors)}: encoding null is UTF-8, errors null is strict. */
    public static String decode(byte[] data, String encoding, String errors) {
        Codecs.Codec codec = encoding == null ? Codecs.Codec.UTF_8 : Codecs.lookup(encoding, true);
        if (encoding == null || Codecs.isFastPath(encoding)) {
            return decode(data, codec, errors);
        }
        try {
            return decode(data, codec, errors);
        } catch (PyException e) {
            throw Codecs.failed(e, "decoding", encoding);
        }
    }

    /** Decodes with a codec already found. */
    private static String decode(byte[] data, Codecs.Codec codec, String errors) {
        switch (codec) {
            case UTF_8:
                return utf8(data, errors);
            case LATIN_1: {
                char[] out = new char[data.length];
                for (int i = 0; i < data.length; i++) {
                    out[i] = (char) (data[i] & 0xff);
                }
                return new String(out);
            }
            case ASCII:
                return ascii(data, errors);
            case UTF_8_SIG:
                // encodings.utf_8_sig: a leading BOM is dropped, positions count from after it
                if (data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF) {
                    return utf8(java.util.Arrays.copyOfRange(data, 3, data.length), errors);
                }
                return utf8(data, errors);
            case UTF_16:
                return WideUtfCodecs.decodeUtf16(data, errors, 0);
            case UTF_16_LE:
                return WideUtfCodecs.decodeUtf16(data, errors, -1);
            case UTF_16_BE:
                return WideUtfCodecs.decodeUtf16(data, errors, 1);
            case UTF_32:
                return WideUtfCodecs.decodeUtf32(data, errors, 0);
            case UTF_32_LE:
                return WideUtfCodecs.decodeUtf32(data, errors, -1);
            case UTF_32_BE:
                return WideUtfCodecs.decodeUtf32(data, errors, 1);
            case CP1252:
            case CP437:
                return CharmapCodec.decode(data, errors, codec);
            case UNICODE_ESCAPE:
                return UnicodeEscapeCodec.decode(data, errors);
            default:
                return UnicodeEscapeCodec.decodeRaw(data, errors);
        }
    }

    private static String ascii(byte[] data, String errors) {
        StringBuilder out = new StringBuilder(data.length);
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xff;
            if (b < 0x80) {
                out.append((char) b);
            } else {
                handle(out, data, i, i + 1, "ascii", "ordinal not in range(128)", errors);
            }
        }
        return out.toString();
    }

    private static boolean cont(int b) {
        return (b & 0xC0) == 0x80;
    }

    private static String utf8(byte[] data, String errors) {
        int n = data.length;
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int b0 = data[i] & 0xff;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                if (b0 == 0xE0) {
                    lo = 0xA0;
                } else if (b0 == 0xED) {
                    hi = 0x9F;
                }
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                if (b0 == 0xF0) {
                    lo = 0x90;
                } else if (b0 == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                i = handle(out, data, i, i + 1, "utf-8", START, errors);
                continue;
            }
            // the bytes that follow, the first one in [lo, hi], the others continuation bytes
            int k = 1;
            String reason = null;
            for (; k <= need; k++) {
                if (i + k >= n) {
                    reason = END;
                    break;
                }
                int b = data[i + k] & 0xff;
                boolean ok = k == 1 ? b >= lo && b <= hi : cont(b);
                if (!ok) {
                    reason = CONTINUATION;
                    break;
                }
            }
            if (reason != null) {
                if (reason == CONTINUATION && b0 == 0xED && k == 1 && surrogatePass(errors, data, i)) {
                    out.append((char) (((b0 & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F)));
                    i += 3;
                    continue;
                }
                i = handle(out, data, i, reason == END ? n : i + k, "utf-8", reason, errors);
                continue;
            }
            int cp;
            if (need == 1) {
                cp = ((b0 & 0x1F) << 6) | (data[i + 1] & 0x3F);
            } else if (need == 2) {
                cp = ((b0 & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F);
            } else {
                cp = ((b0 & 0x07) << 18) | ((data[i + 1] & 0x3F) << 12) | ((data[i + 2] & 0x3F) << 6) | (data[i + 3] & 0x3F);
            }
            out.appendCodePoint(cp);
            i += need + 1;
        }
        return out.toString();
    }

    /** Whether surrogatepass decodes the three bytes at i (an encoded surrogate, ED A0..BF 80..BF). */
    private static boolean surrogatePass(String errors, byte[] data, int i) {
        if (!"surrogatepass".equals(errors) || i + 2 >= data.length) {
            return false;
        }
        int b1 = data[i + 1] & 0xff;
        return b1 >= 0xA0 && b1 <= 0xBF && cont(data[i + 2] & 0xff);
    }

    /** The error handler for the bad bytes {@code [start, end)}: appends its text, returns where to go on. */
    static int handle(StringBuilder out, byte[] data, int start, int end, String encoding, String reason,
            String errors) {
        String h = errors == null ? "strict" : errors;
        switch (h) {
            case "strict":
            case "surrogatepass":
                throw error(encoding, data, start, end, reason);
            case "ignore":
                return end;
            case "replace":
                out.append('\uFFFD');
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    int b = data[k] & 0xff;
                    out.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
                }
                return end;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    int b = data[k] & 0xff;
                    if (b < 0x80) {
                        throw error(encoding, data, start, end, reason);
                    }
                    out.append((char) (0xDC00 + b));
                }
                return end;
            case "xmlcharrefreplace":
            case "namereplace":
                // encoding-only handlers (PyCodec_XMLCharRefReplaceErrors, PyCodec_NameReplaceErrors)
                throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                throw StrErrors.unknownErrorHandler(errors);
        }
    }

    /** A UnicodeDecodeError (encoding, object, start, end, reason), as {@code PyUnicodeDecodeError_Create}. */
    public static PyException error(String encoding, byte[] data, int start, int end, String reason) {
        return new PyException(new PyBaseException(ExceptionTypes.UnicodeDecodeError, PyStr.of(encoding),
                new PyBytes(data), PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
    }

    /** {@code str()} of a UnicodeDecodeError: {@code UnicodeDecodeError_str}. */
    public static String describe(String encoding, int badByte, long start, long end, String reason) {
        if (end == start + 1) {
            return "'" + encoding + "' codec can't decode byte 0x" + Character.forDigit(badByte >> 4, 16)
                    + Character.forDigit(badByte & 15, 16) + " in position " + start + ": " + reason;
        }
        return "'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
    }
}
