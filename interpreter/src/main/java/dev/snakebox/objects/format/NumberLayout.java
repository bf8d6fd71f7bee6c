package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyStr;

/**
 * Lays out a formatted number, {@code <lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>}:
 * CPython's {@code calc_number_widths} and {@code fill_number} (Python/formatter_unicode.c).
 * At most one of the three paddings is non-empty, chosen by the alignment; '=' pads between the
 * sign and the digits, and with the fill '0' that padding becomes zeros inside the grouping.
 */
final class NumberLayout {
    private NumberLayout() {
    }

    /**
     * @param spec       fill, alignment, sign option and width
     * @param negative   whether the number text had a '-' (already removed from the parts)
     * @param prefix     "0x", "0o", "0b" or ""
     * @param digits     the integer digits (empty for inf, nan and the 'c' character)
     * @param hasDecimal whether a decimal point follows the digits
     * @param remainder  the rest: fraction digits, exponent, '%', or the text of inf/nan/'c'
     * @param separator  the thousands separator, or 0
     * @param groupSize  digits per group
     * @param upper      'X': upper-case the prefix and the digits
     */
    static void render(StringBuilder out, FormatSpec spec, boolean negative, String prefix, String digits,
            boolean hasDecimal, String remainder, char separator, int groupSize, boolean upper) {
        char sign = 0;
        if (spec.sign == '+') {
            sign = negative ? '-' : '+';
        } else if (spec.sign == ' ') {
            sign = negative ? '-' : ' ';
        } else if (negative) {
            sign = '-';
        }
        checkWidth(spec.width);
        long nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0) + CodePoints.count(remainder);
        long minWidth = spec.fill == '0' && spec.align == '=' ? spec.width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : Grouping.insert(digits, minWidth, separator, groupSize);
        long padding = spec.width - (nonDigits + grouped.length());
        long left = 0;
        long between = 0;
        long right = 0;
        if (padding > 0) {
            switch (spec.align) {
                case '<' -> right = padding;
                case '^' -> {
                    left = padding / 2;
                    right = padding - left;
                }
                case '=' -> between = padding;
                default -> left = padding;
            }
        }
        CodePoints.repeat(out, spec.fill, left);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(upper ? upperAscii(prefix) : prefix);
        CodePoints.repeat(out, spec.fill, between);
        out.append(upper ? upperAscii(grouped) : grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        CodePoints.repeat(out, spec.fill, right);
    }

    /** A width the result cannot reach without passing the longest string allowed: MemoryError. */
    static void checkWidth(long width) {
        if (width > PyStr.MAX_LENGTH) {
            throw Errors.memoryError();
        }
    }

    static String upperAscii(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] -= 'a' - 'A';
            }
        }
        return new String(chars);
    }
}
