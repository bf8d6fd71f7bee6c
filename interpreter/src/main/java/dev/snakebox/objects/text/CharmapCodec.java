package dev.snakebox.objects.text;

/**
 * The single-byte table codecs cp1252 and cp437: CPython's charmap codec
 * ({@code PyUnicode_DecodeCharmap}, {@code charmap_decode_string}, {@code _PyUnicode_EncodeCharmap},
 * {@code charmap_encoding_error} in Objects/unicodeobject.c) over the tables of
 * {@code encodings.cp1252} and {@code encodings.cp437}. Errors name the codec 'charmap'; a run of
 * unencodable characters is one error; a replacement is encoded through the table again.
 */
final class CharmapCodec {
    private CharmapCodec() {
    }

    private static final String UNDEFINED = "character maps to <undefined>";
    private static final String NAME = "charmap";

    private static char[] table(Codecs.Codec codec) {
        return codec == Codecs.Codec.CP437 ? CharmapTables.CP437 : CharmapTables.CP1252;
    }

    static String decode(byte[] d, String errors, Codecs.Codec codec) {
        char[] table = table(codec);
        StringBuilder out = new StringBuilder(d.length);
        int i = 0;
        while (i < d.length) {
            char c = table[d[i] & 0xff];
            if (c == '\uFFFE') {
                i = StrDecode.handle(out, d, i, i + 1, NAME, UNDEFINED, errors);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The byte of {@code cp}, or -1 when the table has none (a linear search: the tables are 256 entries). */
    private static int byteOf(char[] table, int cp) {
        if (cp > 0xFFFF || cp == 0xFFFE) {
            return -1;
        }
        if (cp < 0x80 && table[cp] == cp) {
            return cp;
        }
        for (int b = 0x80; b < table.length; b++) {
            if (table[b] == cp) {
                return b;
            }
        }
        return -1;
    }

    static byte[] encode(String s, String errors, Codecs.Codec codec) {
        char[] table = table(codec);
        int[] cps = Utf16.codePoints(s);
        StrEncode.ByteBuilder out = new StrEncode.ByteBuilder(cps.length);
        int pos = 0;
        while (pos < cps.length) {
            int b = byteOf(table, cps[pos]);
            if (b >= 0) {
                out.add(b);
                pos++;
                continue;
            }
            int end = pos + 1;
            while (end < cps.length && byteOf(table, cps[end]) < 0) {
                end++;
            }
            Object rep = EncodeErrorHandlers.replacement(errors, codec, NAME, UNDEFINED, s, cps, pos, end);
            if (rep instanceof byte[]) {
                for (byte x : (byte[]) rep) {
                    out.add(x);
                }
            } else {
                String r = (String) rep;
                for (int k = 0; k < r.length(); k++) {
                    int rb = byteOf(table, r.charAt(k));
                    if (rb < 0) {
                        throw UnicodeEncodeErrors.create(NAME, s, pos, end, UNDEFINED);
                    }
                    out.add(rb);
                }
            }
            pos = end;
        }
        return out.toArray();
    }
}
