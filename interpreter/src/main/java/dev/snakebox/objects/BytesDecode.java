package dev.snakebox.objects;

import dev.snakebox.objects.text.Codecs;

/**
 * {@code bytes.decode(encoding, errors)} for UTF-8, Latin-1 and ASCII; CPython's
 * {@code PyUnicode_Decode}, {@code unicode_decode_utf8} (with stringlib's {@code utf8_decode}
 * deciding each invalid sequence's extent and reason), {@code PyUnicode_DecodeASCII} and the
 * error handlers of Python/codecs.c: strict, ignore, replace (U+FFFD), backslashreplace
 * ({@code \xNN}) and surrogateescape (U+DC80 + byte). The handler name is looked up only when
 * an undecodable byte is met, as in CPython.
 */
public final class BytesDecode {
    private BytesDecode() {}

    /** The text of {@code data} in {@code encoding}. */
    public static String decode(byte[] data, String encoding, String errors) {
        Codecs.Codec codec = Codecs.lookup(encoding);
        StringBuilder out = new StringBuilder(data.length);
        switch (codec) {
            case LATIN_1:
                for (byte b : data) {
                    out.append((char) (b & 0xff));
                }
                return out.toString();
            case ASCII: {
                int i = 0;
                while (i < data.length) {
                    if (data[i] >= 0) {
                        out.append((char) data[i]);
                        i++;
                    } else {
                        handle(out, data, codec.errorName, i, i + 1, "ordinal not in range(128)", errors);
                        i++;
                    }
                }
                return out.toString();
            }
            default:
                return utf8(data, errors, out);
        }
    }

    private static String utf8(byte[] s, String errors, StringBuilder out) {
        int n = s.length;
        int i = 0;
        while (i < n) {
            int b0 = s[i] & 0xff;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            int cp;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
                cp = b0 & 0x1F;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                cp = b0 & 0x0F;
                if (b0 == 0xE0) {
                    lo = 0xA0;
                } else if (b0 == 0xED) {
                    hi = 0x9F;
                }
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                cp = b0 & 0x07;
                if (b0 == 0xF0) {
                    lo = 0x90;
                } else if (b0 == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                handle(out, s, "utf-8", i, i + 1, "invalid start byte", errors);
                i++;
                continue;
            }
            // the valid continuation bytes present: an invalid one ends the sequence there
            int k = 1;
            boolean bad = false;
            while (k <= need) {
                if (i + k >= n) {
                    break;
                }
                int b = s[i + k] & 0xff;
                int min = k == 1 ? lo : 0x80;
                int max = k == 1 ? hi : 0xBF;
                if (b < min || b > max) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (b & 0x3F);
                k++;
            }
            if (bad) {
                handle(out, s, "utf-8", i, i + k, "invalid continuation byte", errors);
                i += k;
            } else if (k <= need) {
                handle(out, s, "utf-8", i, n, "unexpected end of data", errors);
                i = n;
            } else {
                out.appendCodePoint(cp);
                i += need + 1;
            }
        }
        return out.toString();
    }

    /** The error handler's replacement for {@code s[start:end]}, or the UnicodeDecodeError. */
    private static void handle(StringBuilder out, byte[] s, String encoding, int start, int end, String reason, String errors) {
        switch (errors) {
            case "strict":
                throw UnicodeDecodeErrors.create(encoding, s, start, end, reason);
            case "ignore":
                return;
            case "replace":
                out.append('\uFFFD');
                return;
            case "backslashreplace":
                for (int i = start; i < end; i++) {
                    String h = Integer.toHexString(s[i] & 0xff);
                    out.append("\\x").append(h.length() < 2 ? "0" + h : h);
                }
                return;
            case "surrogateescape":
                for (int i = start; i < end; i++) {
                    int b = s[i] & 0xff;
                    if (b < 128) {
                        throw UnicodeDecodeErrors.create(encoding, s, start, end, reason);
                    }
                    out.append((char) (0xDC00 + b));
                }
                return;
            default:
                throw Errors.raise(ExceptionTypes.LookupError, "unknown error handler name '" + errors + "'");
        }
    }
}
