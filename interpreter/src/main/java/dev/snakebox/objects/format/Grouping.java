package dev.snakebox.objects.format;

/**
 * Thousands separators and zero padding of the integer part of a number: CPython's
 * {@code _PyUnicode_InsertThousandsGrouping} (Objects/unicodeobject.c) with its group generator
 * (Objects/stringlib/localeutil.h).
 *
 * <p>Zero padding happens here, inside the grouping, so that {@code format(1234, '09,')} is
 * {@code '0,001,234'}: leading zeros get separators too, and a separator may come first when the
 * width falls on it.
 */
final class Grouping {
    private Grouping() {
    }

    /**
     * The digits with separators every {@code groupSize} digits from the right, padded with zeros
     * on the left to at least {@code minWidth} characters. {@code separator} 0 means no grouping
     * (the "C" locale, and no ',' or '_' in the spec): only the zero padding.
     */
    static String insert(String digits, long minWidth, char separator, int groupSize) {
        StringBuilder reversed = new StringBuilder(digits.length() + digits.length() / 3 + 4);
        int remaining = digits.length();
        boolean useSeparator = false;
        boolean done = false;
        if (separator != 0) {
            while (true) {
                long l = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                remaining = fill(reversed, digits, remaining, l, useSeparator ? separator : 0);
                useSeparator = true;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0) {
                    done = true;
                    break;
                }
                minWidth -= 1;      // the separator's width
            }
        }
        if (!done) {
            long l = Math.max(Math.max(remaining, minWidth), 1);
            fill(reversed, digits, remaining, l, useSeparator ? separator : 0);
        }
        return reversed.reverse().toString();
    }

    /**
     * Appends (reversed) the separator if any, then up to {@code l} of the remaining digits, then
     * zeros to make {@code l} characters; returns how many digits remain.
     */
    private static int fill(StringBuilder reversed, String digits, int remaining, long l, char separator) {
        long zeros = Math.max(0, l - remaining);
        int chars = (int) Math.max(0, Math.min(remaining, l));
        if (separator != 0) {
            reversed.append(separator);
        }
        for (int i = 1; i <= chars; i++) {
            reversed.append(digits.charAt(remaining - i));
        }
        for (long i = 0; i < zeros; i++) {
            reversed.append('0');
        }
        return remaining - chars;
    }
}
