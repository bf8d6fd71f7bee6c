package dev.snakebox.objects;

import java.math.BigInteger;

/**
 * Conversions between ints and their decimal text, with CPython's limit on the number of digits
 * ({@code sys.int_info.default_max_str_digits}, 4300) that guards against quadratic-time
 * conversions.
 */
public final class IntText {
    private IntText() {}

    /** {@code sys.int_info.default_max_str_digits}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** {@code sys.int_info.str_digits_check_threshold}: the smallest limit other than 0. */
    public static final int STR_DIGITS_CHECK_THRESHOLD = 640;

    /** The limit in force ({@code sys.get_int_max_str_digits()}); 0 means none. */
    private static int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    /** {@code sys.get_int_max_str_digits()}. */
    public static int maxStrDigits() {
        return maxStrDigits;
    }

    /** Back to the default limit: for a host starting a new run in the same process. */
    public static void resetMaxStrDigits() {
        maxStrDigits = DEFAULT_MAX_STR_DIGITS;
    }

    /**
     * {@code sys.set_int_max_str_digits(n)}: 0 (no limit) or more than 640, else ValueError
     * "maxdigits must be 0 or larger than 640".
     */
    public static void setMaxStrDigits(long n) {
        if (n != 0 && n < STR_DIGITS_CHECK_THRESHOLD) {
            throw Errors.valueError("maxdigits must be 0 or larger than " + STR_DIGITS_CHECK_THRESHOLD);
        }
        maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** Decimal text of a big value; raises ValueError past the digit limit, as CPython does. */
    public static String toDecimal(BigInteger b) {
        int limit = maxStrDigits;
        // A cheap bound first: bits * log10(2) digits.
        if (limit > 0 && (long) b.bitLength() * 30103L / 100000L > limit + 1) {
            throw tooManyDigits();
        }
        String s = b.toString();
        int digits = s.length() - (b.signum() < 0 ? 1 : 0);
        if (limit > 0 && digits > limit) {
            throw tooManyDigits();
        }
        return s;
    }

    private static PyException tooManyDigits() {
        return Errors.valueError("Exceeds the limit (" + maxStrDigits
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** ValueError when text of {@code digits} digits in a base that is not a power of two is past the limit. */
    static void checkParseLimit(int digits, int base) {
        int limit = maxStrDigits;
        if (limit > 0 && (base & (base - 1)) != 0 && digits > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** Parses digits (no sign, no underscores) in {@code radix}; the literal's value. */
    public static PyInt parse(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            long v = 0;
            for (int i = 0; i < digits.length(); i++) {
                v = v * radix + Character.digit(digits.charAt(i), radix);
            }
            return PyInt.of(v);
        }
        return PyInt.of(new BigInteger(digits, radix));
    }
}
