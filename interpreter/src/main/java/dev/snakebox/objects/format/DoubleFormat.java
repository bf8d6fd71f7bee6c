package dev.snakebox.objects.format;

import dev.snakebox.objects.DecimalDigits;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.FloatDigits;
import dev.snakebox.objects.PyStr;

/**
 * A double as text in the 'e', 'f', 'g' and 'r' (repr) styles: CPython's
 * {@code PyOS_double_to_string} and {@code format_float_short} (Python/pystrtod.c), on the exact
 * digits of {@link FloatDigits} (dtoa modes 0, 2 and 3). Used by {@code format()}, {@code str.format},
 * {@code %}-formatting and {@code repr} alike.
 */
public final class DoubleFormat {
    /** {@code Py_DTSF_SIGN}: always write a sign. */
    public static final int SIGN = 1;
    /** {@code Py_DTSF_ADD_DOT_0}: an integral value without exponent gets ".0". */
    public static final int ADD_DOT_0 = 2;
    /** {@code Py_DTSF_ALT}: the '#' form (keep the point and trailing zeros). */
    public static final int ALT = 4;
    /** {@code Py_DTSF_NO_NEG_0}: a result that reads as zero loses its minus sign. */
    public static final int NO_NEG_0 = 8;

    /** repr switches to exponential notation past 16 digits before the point. */
    private static final int REPR_MAX_POINT = 16;

    private DoubleFormat() {
    }

    /**
     * {@code PyOS_double_to_string(val, code, precision, flags)}: code is one of e E f F g G r; an
     * upper-case code writes INF, NAN and E. For 'r' the precision must be 0.
     */
    public static String format(double val, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = upper ? (char) (code + ('a' - 'A')) : code;
        long digitsWanted = precision;
        int mode;
        switch (lower) {
            case 'e' -> {
                mode = 2;
                digitsWanted = (long) precision + 1;
            }
            case 'f' -> mode = 3;
            case 'g' -> {
                mode = 2;
                if (precision == 0) {
                    digitsWanted = 1;       // precision 0 makes no sense for 'g': it means 1
                }
            }
            case 'r' -> {
                if (precision != 0) {
                    throw Errors.systemError("bad argument to internal function");
                }
                mode = 0;
            }
            default -> throw Errors.systemError("bad argument to internal function");
        }
        return formatShort(val, lower, mode, digitsWanted, flags, upper);
    }

    private static String formatShort(double d, char code, int mode, long precision, int flags, boolean upper) {
        boolean addSign = (flags & SIGN) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        if (d != d) {
            // the sign of a nan is never shown
            return (addSign ? "+" : "") + (upper ? "NAN" : "nan");
        }
        if (d == Double.POSITIVE_INFINITY || d == Double.NEGATIVE_INFINITY) {
            String sign = d < 0 ? "-" : addSign ? "+" : "";
            return sign + (upper ? "INF" : "inf");
        }
        DecimalDigits dd = switch (mode) {
            case 0 -> FloatDigits.shortest(d);
            case 2 -> FloatDigits.significant(d, (int) Math.min(precision, Integer.MAX_VALUE));
            default -> FloatDigits.fixed(d, (int) Math.min(precision, Integer.MAX_VALUE));
        };
        String digits = dd.digits();
        int digitsLen = digits.length();
        boolean negative = dd.negative();
        if ((flags & NO_NEG_0) != 0 && negative && (digitsLen == 0 || digits.equals("0"))) {
            negative = false;
        }

        // The output is a slice [vStart, vEnd) of the digits padded with zeros on both sides
        // infinitely, with the decimal point placed after position decpt.
        long decpt = dd.decimalPoint();
        long vEnd = digitsLen;
        boolean useExp = false;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vEnd = precision;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vEnd = precision;
                }
            }
            default -> {
                if (decpt <= -4 || decpt > REPR_MAX_POINT) {
                    useExp = true;
                }
            }
        }
        long exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        long vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        if (vEnd - vStart > PyStr.MAX_LENGTH) {
            throw Errors.memoryError();
        }

        StringBuilder out = new StringBuilder((int) (vEnd - vStart) + 8);
        if (negative) {
            out.append('-');
        } else if (addSign) {
            out.append('+');
        }
        if (decpt <= 0) {
            zeros(out, decpt - vStart);
            out.append('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -vStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            out.append(digits, 0, (int) decpt).append('.').append(digits, (int) decpt, digitsLen);
        } else {
            out.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(out, decpt - digitsLen);
            out.append('.');
            zeros(out, vEnd - decpt);
        } else {
            zeros(out, vEnd - digitsLen);
        }
        if (out.charAt(out.length() - 1) == '.' && !alt) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            out.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            long magnitude = Math.abs(exp);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }

    private static void zeros(StringBuilder out, long n) {
        for (long i = 0; i < n; i++) {
            out.append('0');
        }
    }
}
