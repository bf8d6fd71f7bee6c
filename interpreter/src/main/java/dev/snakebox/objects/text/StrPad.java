package dev.snakebox.objects.text;

/**
 * {@code str.center}, {@code ljust}, {@code rjust}, {@code zfill} and {@code expandtabs}; CPython's
 * {@code pad}, {@code unicode_center_impl}, {@code unicode_zfill_impl} and
 * {@code unicode_expandtabs_impl} (Objects/unicodeobject.c). Widths and columns count code points.
 */
public final class StrPad {
    private StrPad() {
    }

    /**
     * The fill character argument of center/ljust/rjust as a code point: the str must be exactly one
     * character long (CPython's {@code convert_uc}), else TypeError.
     */
    public static int fillChar(String fill) {
        if (fill.isEmpty() || Utf16.length(fill) != 1) {
            throw StrErrors.fillCharLength();
        }
        return Utf16.codePointAt(fill, 0);
    }

    /** {@code s.center(width, fillchar)}: an odd margin puts the extra fill on the left when width is odd. */
    public static String center(String s, CodePointIndex ix, long width, int fillchar) {
        int len = ix.length(s);
        if (len >= width) {
            return s;
        }
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fillchar);
    }

    /** {@code s.ljust(width, fillchar)}. */
    public static String ljust(String s, CodePointIndex ix, long width, int fillchar) {
        int len = ix.length(s);
        if (len >= width) {
            return s;
        }
        return pad(s, 0, width - len, fillchar);
    }

    /** {@code s.rjust(width, fillchar)}. */
    public static String rjust(String s, CodePointIndex ix, long width, int fillchar) {
        int len = ix.length(s);
        if (len >= width) {
            return s;
        }
        return pad(s, width - len, 0, fillchar);
    }

    /** {@code s.zfill(width)}: zeros on the left, after a leading sign. */
    public static String zfill(String s, CodePointIndex ix, long width) {
        int len = ix.length(s);
        if (len >= width) {
            return s;
        }
        long fill = width - len;
        String padded = pad(s, fill, 0, '0');
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            // move the sign in front of the zeros
            return s.charAt(0) + padded.substring(1, (int) fill) + "0" + padded.substring((int) fill + 1);
        }
        return padded;
    }

    private static String pad(String s, long left, long right, int fillchar) {
        int units = Utf16.units(fillchar);
        StrErrors.checkLength(s.length() + (left + right) * units);
        String fill = Utf16.of(fillchar);
        StringBuilder out = new StringBuilder((int) (s.length() + (left + right) * units));
        for (long i = 0; i < left; i++) {
            out.append(fill);
        }
        out.append(s);
        for (long i = 0; i < right; i++) {
            out.append(fill);
        }
        return out.toString();
    }

    /**
     * {@code s.expandtabs(tabsize)}: each tab becomes the spaces up to the next multiple of
     * tabsize in its line (lines end at \n and \r); tabs vanish when tabsize is not positive.
     */
    public static String expandtabs(String s, int tabsize) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        // first pass: the length of the result, in units
        long units = 0;
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - column % tabsize;
                    column += incr;
                    units += incr;
                }
            } else {
                units++;
                // the second unit of a pair is no column of its own
                if (!(c >= 0xDC00 && c <= 0xDFFF && i > 0 && CodePointIndex.isPair(s, i - 1))) {
                    column++;
                }
                if (c == '\n' || c == '\r') {
                    column = 0;
                }
            }
        }
        StrErrors.checkLength(units);
        StringBuilder out = new StringBuilder((int) units);
        column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - column % tabsize;
                    column += incr;
                    for (long k = 0; k < incr; k++) {
                        out.append(' ');
                    }
                }
            } else {
                out.append(c);
                if (!(c >= 0xDC00 && c <= 0xDFFF && i > 0 && CodePointIndex.isPair(s, i - 1))) {
                    column++;
                }
                if (c == '\n' || c == '\r') {
                    column = 0;
                }
            }
        }
        return out.toString();
    }
}
