package dev.snakebox.objects.text;

/**
 * The encoding side of the standard error handlers for the codecs that call them by name, one
 * error at a time (UTF-16, UTF-32, the charmap codecs): CPython's
 * {@code unicode_encode_call_errorhandler} with {@code PyCodec_StrictErrors},
 * {@code PyCodec_IgnoreErrors}, {@code PyCodec_ReplaceErrors},
 * {@code PyCodec_BackslashReplaceErrors}, {@code PyCodec_XMLCharRefReplaceErrors},
 * {@code PyCodec_SurrogateEscapeErrors}, {@code PyCodec_SurrogatePassErrors} and
 * {@code PyCodec_NameReplaceErrors} (Python/codecs.c). The replacement is a str (a {@code String}) or bytes (a {@code byte[]}),
 * as the handler returns it; the codec then encodes or copies it.
 */
final class EncodeErrorHandlers {
    private EncodeErrorHandlers() {
    }

    /**
     * The replacement for the code points {@code cps[start:end]} of {@code s}, which the codec
     * {@code codec} (reporting itself as {@code encoding}) cannot encode for {@code reason}.
     */
    static Object replacement(String errors, Codecs.Codec codec, String encoding, String reason, String s, int[] cps,
            int start, int end) {
        String name = errors == null ? "strict" : errors;
        switch (name) {
            case "strict":
                throw UnicodeEncodeErrors.create(encoding, s, start, end, reason);
            case "ignore":
                return "";
            case "replace": {
                StringBuilder b = new StringBuilder();
                for (int k = start; k < end; k++) {
                    b.append('?');
                }
                return b.toString();
            }
            case "backslashreplace": {
                StringBuilder b = new StringBuilder();
                for (int k = start; k < end; k++) {
                    int cp = cps[k];
                    if (cp < 0x100) {
                        b.append("\\x").append(UnicodeEncodeErrors.hex(cp, 2));
                    } else if (cp < 0x10000) {
                        b.append("\\u").append(UnicodeEncodeErrors.hex(cp, 4));
                    } else {
                        b.append("\\U").append(UnicodeEncodeErrors.hex(cp, 8));
                    }
                }
                return b.toString();
            }
            case "xmlcharrefreplace": {
                StringBuilder b = new StringBuilder();
                for (int k = start; k < end; k++) {
                    b.append("&#").append(cps[k]).append(';');
                }
                return b.toString();
            }
            case "surrogateescape": {
                byte[] out = new byte[end - start];
                for (int k = start; k < end; k++) {
                    int cp = cps[k];
                    if (cp < 0xDC80 || cp > 0xDCFF) {
                        throw UnicodeEncodeErrors.create(encoding, s, start, end, reason);
                    }
                    out[k - start] = (byte) (cp - 0xDC00);
                }
                return out;
            }
            case "surrogatepass":
                return surrogatePass(codec, encoding, reason, s, cps, start, end);
            case "namereplace":
                return NameReplace.of(cps, start, end);
            default:
                throw StrErrors.unknownErrorHandler(name);
        }
    }

    /** {@code PyCodec_SurrogatePassErrors}: the surrogates in the UTF codec's own units; anything else raises. */
    private static byte[] surrogatePass(Codecs.Codec codec, String encoding, String reason, String s, int[] cps,
            int start, int end) {
        int width;
        boolean big;
        switch (codec) {
            case UTF_8:
            case UTF_8_SIG:
                width = 3;
                big = true;
                break;
            case UTF_16:
            case UTF_16_LE:
                width = 2;
                big = false;
                break;
            case UTF_16_BE:
                width = 2;
                big = true;
                break;
            case UTF_32:
            case UTF_32_LE:
                width = 4;
                big = false;
                break;
            case UTF_32_BE:
                width = 4;
                big = true;
                break;
            default:
                throw UnicodeEncodeErrors.create(encoding, s, start, end, reason);
        }
        byte[] out = new byte[(end - start) * width];
        int o = 0;
        for (int k = start; k < end; k++) {
            int cp = cps[k];
            if (cp < 0xD800 || cp > 0xDFFF) {
                throw UnicodeEncodeErrors.create(encoding, s, start, end, reason);
            }
            if (width == 3) {
                out[o++] = (byte) (0xE0 | (cp >> 12));
                out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                o = putUnit(out, o, cp, width, big);
            }
        }
        return out;
    }

    /** Writes {@code unit} as {@code width} bytes (2 or 4) in the byte order; returns the next offset. */
    static int putUnit(byte[] out, int o, int unit, int width, boolean big) {
        for (int k = 0; k < width; k++) {
            int shift = big ? 8 * (width - 1 - k) : 8 * k;
            out[o + k] = (byte) (unit >>> shift);
        }
        return o + width;
    }
}
