package dev.snakebox.objects.text;

/**
 * The text the {@code namereplace} error handler puts for a character it cannot encode; CPython's
 * {@code PyCodec_NameReplaceErrors} (Python/codecs.c): {@code \N{NAME}} for a character with a
 * name, else {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh} as backslashreplace writes it.
 */
final class NameReplace {
    private NameReplace() {
    }

    /** The replacement of the code points {@code cps[start:end]}. */
    static String of(int[] cps, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            append(b, cps[k]);
        }
        return b.toString();
    }

    /** The replacement of the characters of {@code s} in units {@code [from, to)}. */
    static String ofUnits(String s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; ) {
            int cp = Utf16.codePointAt(s, k);
            append(b, cp);
            k += Utf16.units(cp);
        }
        return b.toString();
    }

    private static void append(StringBuilder b, int cp) {
        String name = UnicodeNames.name(cp);
        if (name != null) {
            b.append("\\N{").append(name).append('}');
        } else if (cp < 0x100) {
            b.append("\\x").append(UnicodeEncodeErrors.hex(cp, 2));
        } else if (cp < 0x10000) {
            b.append("\\u").append(UnicodeEncodeErrors.hex(cp, 4));
        } else {
            b.append("\\U").append(UnicodeEncodeErrors.hex(cp, 8));
        }
    }
}
