package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;

/**
 * Non-negative decimal integers inside format strings: CPython's {@code get_integer} in
 * Python/formatter_unicode.c and in Objects/stringlib/unicode_format.h. Any Unicode decimal digit
 * counts ({@code Py_UNICODE_TODECIMAL}), and the value must fit a 64-bit {@code Py_ssize_t}.
 */
final class DecimalInt {
    private DecimalInt() {
    }

    /** The decimal value of code point {@code c}, or -1 when it is not a decimal digit. */
    static int digit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c < 0x80 || Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return Character.digit(c, 10);
    }

    /** The end of the run of decimal digits starting at {@code pos}. */
    static int digitsEnd(int[] cp, int pos, int end) {
        while (pos < end && digit(cp[pos]) >= 0) {
            pos++;
        }
        return pos;
    }

    /** The value of the digits {@code cp[from:to]}; ValueError past {@code Long.MAX_VALUE}. */
    static long value(int[] cp, int from, int to) {
        long accumulator = 0;
        for (int i = from; i < to; i++) {
            int d = digit(cp[i]);
            if (accumulator > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            accumulator = accumulator * 10 + d;
        }
        return accumulator;
    }
}
