package dev.snakebox.objects.format;

/**
 * Python strings are sequences of code points; Java strings of UTF-16 units. The formatting code
 * counts and slices by code point, as CPython does, so a character outside the BMP is one
 * character of width one, and a lone surrogate is one character too.
 */
final class CodePoints {
    private CodePoints() {
    }

    /** The code points of {@code s}. */
    static int[] of(String s) {
        int n = count(s);
        int[] out = new int[n];
        int j = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            out[j++] = c;
            i += Character.charCount(c);
        }
        return out;
    }

    /** {@code len(s)} in Python: the number of code points. */
    static int count(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The UTF-16 index just after the first {@code n} code points of {@code s}. */
    static int offset(String s, int n) {
        return s.offsetByCodePoints(0, n);
    }

    /** Appends {@code c} {@code n} times. */
    static void repeat(StringBuilder out, int c, long n) {
        if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            char ch = (char) c;
            for (long i = 0; i < n; i++) {
                out.append(ch);
            }
        } else {
            for (long i = 0; i < n; i++) {
                out.appendCodePoint(c);
            }
        }
    }
}
