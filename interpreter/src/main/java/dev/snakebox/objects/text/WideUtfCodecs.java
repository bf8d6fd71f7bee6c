package dev.snakebox.objects.text;

/**
 * The UTF-16 and UTF-32 codecs, each with a byte order mark ({@code utf-16}, {@code utf-32}:
 * little-endian, as CPython on the platforms it usually runs on) or a fixed order
 * ({@code -le}, {@code -be}); CPython's {@code _PyUnicode_EncodeUTF16},
 * {@code PyUnicode_DecodeUTF16Stateful}, {@code _PyUnicode_EncodeUTF32} and
 * {@code PyUnicode_DecodeUTF32Stateful} (Objects/unicodeobject.c).
 *
 * <p>Decoding without an order first reads the mark, if any, and reports errors under the name
 * of the order it decodes in ('utf-16-le' or 'utf-16-be'); encoding reports the codec's own name.
 * Only surrogates cannot be encoded, each one its own error ("surrogates not allowed").
 */
final class WideUtfCodecs {
    private WideUtfCodecs() {
    }

    private static final String SURROGATES = "surrogates not allowed";

    /** {@code s} in {@code width}-byte units (2 or 4); {@code order} -1 little, 1 big, 0 little with a mark. */
    static byte[] encode(String s, String errors, Codecs.Codec codec, int width, int order) {
        int[] cps = Utf16.codePoints(s);
        boolean big = order == 1;
        StrEncode.ByteBuilder out = new StrEncode.ByteBuilder(cps.length * width + width);
        byte[] unit = new byte[4];
        if (order == 0) {
            putUnits(out, unit, 0xFEFF, width, false);
        }
        for (int pos = 0; pos < cps.length; pos++) {
            int cp = cps[pos];
            if (cp < 0xD800 || cp > 0xDFFF) {
                putUnits(out, unit, cp, width, big);
                continue;
            }
            Object rep = EncodeErrorHandlers.replacement(errors, codec, codec.errorName, SURROGATES, s, cps, pos, pos + 1);
            if (rep instanceof byte[]) {
                byte[] b = (byte[]) rep;
                if (b.length % width != 0) {
                    throw UnicodeEncodeErrors.create(codec.errorName, s, pos, pos + 1, SURROGATES);
                }
                for (byte x : b) {
                    out.add(x);
                }
            } else {
                String r = (String) rep;
                for (int k = 0; k < r.length(); k++) {
                    if (r.charAt(k) >= 0x80) {
                        throw UnicodeEncodeErrors.create(codec.errorName, s, pos, pos + 1, SURROGATES);
                    }
                    putUnits(out, unit, r.charAt(k), width, big);
                }
            }
        }
        return out.toArray();
    }

    /** One code point: one unit, or for UTF-16 above the BMP a surrogate pair. */
    private static void putUnits(StrEncode.ByteBuilder out, byte[] unit, int cp, int width, boolean big) {
        if (width == 2 && cp >= 0x10000) {
            putUnits(out, unit, 0xD800 | ((cp - 0x10000) >> 10), 2, big);
            putUnits(out, unit, 0xDC00 | ((cp - 0x10000) & 0x3FF), 2, big);
            return;
        }
        EncodeErrorHandlers.putUnit(unit, 0, cp, width, big);
        for (int k = 0; k < width; k++) {
            out.add(unit[k]);
        }
    }

    private static long unitAt(byte[] d, int q, int width, boolean big) {
        long v = 0;
        for (int k = 0; k < width; k++) {
            int b = d[q + k] & 0xff;
            v |= (long) b << (big ? 8 * (width - 1 - k) : 8 * k);
        }
        return v;
    }

    /** The order a mark at the start gives (-1 little, 1 big), or 0 when there is none. */
    private static int mark(byte[] d, int width) {
        if (d.length < width) {
            return 0;
        }
        long little = unitAt(d, 0, width, false);
        if (little == 0xFEFF) {
            return -1;
        }
        return unitAt(d, 0, width, true) == 0xFEFF ? 1 : 0;
    }

    /** UTF-16 bytes to text; {@code order} as for {@link #encode}, 0 reading a mark first. */
    static String decodeUtf16(byte[] d, String errors, int order) {
        int q = 0;
        if (order == 0) {
            order = mark(d, 2);
            q = order == 0 ? 0 : 2;
        }
        boolean big = order == 1;
        String encoding = big ? "utf-16-be" : "utf-16-le";
        int n = d.length;
        StringBuilder out = new StringBuilder(n / 2);
        while (q < n) {
            if (n - q < 2) {
                q = error(out, d, q, n, encoding, "truncated data", errors, 2, big);
                continue;
            }
            int u = (int) unitAt(d, q, 2, big);
            if (u < 0xD800 || u > 0xDFFF) {
                out.append((char) u);
                q += 2;
            } else if (u >= 0xDC00) {
                q = error(out, d, q, q + 2, encoding, "illegal encoding", errors, 2, big);
            } else if (n - q < 4) {
                q = error(out, d, q, n, encoding, "unexpected end of data", errors, 2, big);
            } else {
                int u2 = (int) unitAt(d, q + 2, 2, big);
                if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                    out.append((char) u).append((char) u2);
                    q += 4;
                } else {
                    q = error(out, d, q, q + 2, encoding, "illegal UTF-16 surrogate", errors, 2, big);
                }
            }
        }
        return out.toString();
    }

    /** UTF-32 bytes to text; {@code order} as for {@link #encode}, 0 reading a mark first. */
    static String decodeUtf32(byte[] d, String errors, int order) {
        int q = 0;
        if (order == 0) {
            order = mark(d, 4);
            q = order == 0 ? 0 : 4;
        }
        boolean big = order == 1;
        String encoding = big ? "utf-32-be" : "utf-32-le";
        int n = d.length;
        StringBuilder out = new StringBuilder(n / 4);
        while (q < n) {
            if (n - q < 4) {
                q = error(out, d, q, n, encoding, "truncated data", errors, 4, big);
                continue;
            }
            long cp = unitAt(d, q, 4, big);
            if (cp > 0x10FFFF) {
                q = error(out, d, q, q + 4, encoding, "code point not in range(0x110000)", errors, 4, big);
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                q = error(out, d, q, q + 4, encoding, "code point in surrogate code point range(0xd800, 0xe000)",
                        errors, 4, big);
            } else {
                out.appendCodePoint((int) cp);
                q += 4;
            }
        }
        return out.toString();
    }

    /**
     * The handler for the bad bytes {@code [start, end)}; surrogatepass ({@code PyCodec_SurrogatePassErrors})
     * takes a unit there that is a surrogate, the others are the common decoding handlers.
     */
    private static int error(StringBuilder out, byte[] d, int start, int end, String encoding, String reason,
            String errors, int width, boolean big) {
        if ("surrogatepass".equals(errors) && start + width <= d.length) {
            long u = unitAt(d, start, width, big);
            if (u >= 0xD800 && u <= 0xDFFF) {
                out.append((char) u);
                return start + width;
            }
        }
        return StrDecode.handle(out, d, start, end, encoding, reason, errors);
    }
}
