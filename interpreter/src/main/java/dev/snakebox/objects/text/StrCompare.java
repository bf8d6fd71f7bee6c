package dev.snakebox.objects.text;

/**
 * Ordering of str by code point, as CPython's {@code unicode_compare} (Objects/unicodeobject.c).
 * Java's {@code String.compareTo} orders UTF-16 units, which puts U+E000..U+FFFF after every
 * character outside the BMP; Python puts them before.
 */
public final class StrCompare {
    private StrCompare() {
    }

    /** Negative, zero or positive as {@code a} is before, equal to or after {@code b} in code point order. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    // a unit of a pair stands for a code point above every BMP one: keep it, and
                    // move lone surrogates and U+E000..U+FFFF below U+D800 (their order kept)
                    return fixup(a, i, x) - fixup(b, i, y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int fixup(String s, int i, char c) {
        boolean inPair = (c <= 0xDBFF && CodePointIndex.isPair(s, i))
                || (c >= 0xDC00 && c <= 0xDFFF && i > 0 && CodePointIndex.isPair(s, i - 1));
        return inPair ? c : c - 0x2800;
    }
}
