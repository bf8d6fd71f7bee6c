package dev.snakebox.objects.text;

/**
 * {@code str.strip}, {@code lstrip} and {@code rstrip}; CPython's {@code do_strip} and
 * {@code _PyUnicode_XStrip} (Objects/unicodeobject.c). {@code chars} null strips whitespace
 * ({@code Py_UNICODE_ISSPACE}); otherwise every code point of {@code chars} is stripped.
 */
public final class StrStrip {
    private StrStrip() {
    }

    /** {@code s.strip(chars)}. */
    public static String strip(String s, String chars) {
        return strip(s, chars, true, true);
    }

    /** {@code s.lstrip(chars)}. */
    public static String lstrip(String s, String chars) {
        return strip(s, chars, true, false);
    }

    /** {@code s.rstrip(chars)}. */
    public static String rstrip(String s, String chars) {
        return strip(s, chars, false, true);
    }

    private static String strip(String s, String chars, boolean left, boolean right) {
        int[] set = chars == null ? null : Utf16.codePoints(chars);
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int cp = Utf16.codePointAt(s, i);
                if (!stripped(cp, set)) {
                    break;
                }
                i += Utf16.units(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = Utf16.codePointBefore(s, j);
                if (!stripped(cp, set)) {
                    break;
                }
                j -= Utf16.units(cp);
            }
        }
        return s.substring(i, j);
    }

    private static boolean stripped(int cp, int[] set) {
        if (set == null) {
            return UnicodeCtype.isSpace(cp);
        }
        for (int c : set) {
            if (c == cp) {
                return true;
            }
        }
        return false;
    }
}
