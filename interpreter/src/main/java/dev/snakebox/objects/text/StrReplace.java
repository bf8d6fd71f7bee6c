package dev.snakebox.objects.text;

/**
 * {@code str.replace}, {@code removeprefix} and {@code removesuffix}; CPython's {@code replace}
 * and {@code unicode_removeprefix_impl} (Objects/unicodeobject.c). Matches never split a
 * surrogate pair; the empty string matches between code points.
 */
public final class StrReplace {
    private StrReplace() {
    }

    /** {@code s.replace(old, replacement, count)}; a negative count replaces every occurrence. */
    public static String replace(String s, String old, String replacement, long count) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        if (max == 0 || s.length() < old.length()) {
            return s;
        }
        if (old.isEmpty()) {
            return insertEverywhere(s, replacement, max);
        }
        int first = StrSearch.indexOf(s, old, 0, s.length());
        if (first < 0) {
            return s;
        }
        // count the matches first, so that the result's length is checked before it is built
        long n = 0;
        for (int p = first; p >= 0 && n < max; p = StrSearch.indexOf(s, old, p + old.length(), s.length())) {
            n++;
        }
        StrErrors.checkLength(s.length() + n * (replacement.length() - old.length()));
        StringBuilder out = new StringBuilder((int) (s.length() + n * (replacement.length() - old.length())));
        int i = 0;
        int p = first;
        for (long k = 0; k < n; k++) {
            out.append(s, i, p).append(replacement);
            i = p + old.length();
            if (k + 1 < n) {
                p = StrSearch.indexOf(s, old, i, s.length());
            }
        }
        return out.append(s, i, s.length()).toString();
    }

    /** The replacement before each of the first {@code max} code points, and after the last one when max allows. */
    private static String insertEverywhere(String s, String replacement, long max) {
        long n = Math.min((long) Utf16.length(s) + 1, max);
        StrErrors.checkLength(s.length() + n * replacement.length());
        StringBuilder out = new StringBuilder((int) (s.length() + n * replacement.length()));
        int i = 0;
        for (long k = 0; k < n; k++) {
            out.append(replacement);
            if (i < s.length()) {
                int units = Utf16.units(Utf16.codePointAt(s, i));
                out.append(s, i, i + units);
                i += units;
            }
        }
        return out.append(s, i, s.length()).toString();
    }

    /** {@code s.removeprefix(prefix)}. */
    public static String removePrefix(String s, String prefix) {
        if (!prefix.isEmpty() && s.startsWith(prefix) && StrSearch.onBoundary(s, prefix.length())) {
            return s.substring(prefix.length());
        }
        return s;
    }

    /** {@code s.removesuffix(suffix)}. */
    public static String removeSuffix(String s, String suffix) {
        int cut = s.length() - suffix.length();
        if (!suffix.isEmpty() && s.endsWith(suffix) && StrSearch.onBoundary(s, cut)) {
            return s.substring(0, cut);
        }
        return s;
    }
}
