package dev.snakebox.objects.text;

/**
 * Reading code points out of UTF-16 strings: a high surrogate followed by a low one is one code
 * point, any other surrogate unit is a code point of its own (a lone surrogate, which Python
 * strings may hold). Plain arithmetic, the same on the JVM and under TeaVM. The runtime iterates
 * a str with {@link #codePointAt} and {@link #units}, and builds {@code chr(i)} with {@link #of}.
 */
public final class Utf16 {
    private Utf16() {
    }

    /** The code point starting at unit {@code i}. */
    public static int codePointAt(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length()) {
            char d = s.charAt(i + 1);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
            }
        }
        return c;
    }

    /** The code point ending just before unit {@code i}. */
    public static int codePointBefore(String s, int i) {
        char d = s.charAt(i - 1);
        if (d >= 0xDC00 && d <= 0xDFFF && i >= 2) {
            char c = s.charAt(i - 2);
            if (c >= 0xD800 && c <= 0xDBFF) {
                return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
            }
        }
        return d;
    }

    /** Number of UTF-16 units of a code point. */
    public static int units(int cp) {
        return cp >= 0x10000 ? 2 : 1;
    }

    /** Number of code points of {@code s}. */
    public static int length(String s) {
        int n = s.length();
        int count = n;
        for (int i = 0; i + 1 < n; i++) {
            if (CodePointIndex.isPair(s, i)) {
                count--;
                i++;
            }
        }
        return count;
    }

    /** Whether {@code s} has a unit in the surrogate range (paired or not). */
    static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                return true;
            }
        }
        return false;
    }

    /** The code points of {@code s}. */
    public static int[] codePoints(String s) {
        int[] out = new int[length(s)];
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = codePointAt(s, i);
            out[k++] = cp;
            i += units(cp);
        }
        return out;
    }

    /** A string of one code point. */
    public static String of(int cp) {
        if (cp < 0x10000) {
            return String.valueOf((char) cp);
        }
        return new String(new char[] {(char) (0xD7C0 + (cp >>> 10)), (char) (0xDC00 | (cp & 0x3FF))});
    }
}
