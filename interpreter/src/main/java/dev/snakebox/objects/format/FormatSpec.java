package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyException;

/**
 * A parsed standard format specifier, {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]};
 * CPython's {@code InternalFormatSpec} and {@code parse_internal_render_format_spec}
 * (Python/formatter_unicode.c).
 *
 * <p>Characters are code points: a fill or type outside the BMP is one character, as in Python.
 */
public final class FormatSpec {
    /** No thousands separator. */
    public static final char NO_SEPARATOR = 0;

    /** The fill code point; ' ' unless given (or '0' from the zero-padding flag). */
    public final int fill;
    /** One of {@code < > = ^}; the caller's default when not given. */
    public final char align;
    /** 0, '+', '-' or ' '. */
    public final char sign;
    /** The 'z' flag: negative zero becomes zero (floats only). */
    public final boolean noNegativeZero;
    /** The '#' flag. */
    public final boolean alternate;
    /** -1 when not given. */
    public final long width;
    /** {@link #NO_SEPARATOR}, ',' or '_'. */
    public final char separator;
    /** Digits between separators: 3, or 4 for '_' with b, o, x and X. */
    public final int groupSize;
    /** -1 when not given. */
    public final long precision;
    /** The presentation type code point; the caller's default (0 for none) when not given. */
    public final int type;

    private FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate, long width,
            char separator, int groupSize, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.alternate = alternate;
        this.width = width;
        this.separator = separator;
        this.groupSize = groupSize;
        this.precision = precision;
        this.type = type;
    }

    /**
     * Parses {@code spec} for an object of type {@code typeName} (named in the error messages),
     * with the type's default presentation type and alignment ('d' and '>' for int, 0 and '>' for
     * float and complex, 's' and '<' for str).
     */
    public static FormatSpec parse(String spec, String typeName, char defaultType, char defaultAlign) {
        int[] cp = CodePoints.of(spec);
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (pos < end && (cp[pos] == ' ' || cp[pos] == '+' || cp[pos] == '-')) {
            sign = (char) cp[pos++];
        }
        boolean noNegativeZero = false;
        if (pos < end && cp[pos] == 'z') {
            noNegativeZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        // A leading '0' means fill with zeros after the sign; since 3.10 it changes the default
        // alignment only for types that align right by default (not str).
        if (!fillSpecified && pos < end && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int digitsEnd = DecimalInt.digitsEnd(cp, pos, end);
        long width = digitsEnd == pos ? -1 : DecimalInt.value(cp, pos, digitsEnd);
        pos = digitsEnd;
        char separator = NO_SEPARATOR;
        if (pos < end && cp[pos] == ',') {
            separator = ',';
            pos++;
        }
        if (pos < end && cp[pos] == '_') {
            if (separator != NO_SEPARATOR) {
                throw bothSeparators();
            }
            separator = '_';
            pos++;
        }
        if (pos < end && cp[pos] == ',' && separator == '_') {
            throw bothSeparators();
        }
        long precision = -1;
        if (pos < end && cp[pos] == '.') {
            pos++;
            digitsEnd = DecimalInt.digitsEnd(cp, pos, end);
            if (digitsEnd == pos) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = DecimalInt.value(cp, pos, digitsEnd);
            pos = digitsEnd;
        }
        if (end - pos > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = end - pos == 1 ? cp[pos] : defaultType;
        int groupSize = 3;
        if (separator != NO_SEPARATOR) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (separator == '_') {
                        groupSize = 4;
                        break;
                    }
                    throw Errors.valueError("Cannot specify '" + separator + "' with " + quoteCode(type) + ".");
                default:
                    throw Errors.valueError("Cannot specify '" + separator + "' with " + quoteCode(type) + ".");
            }
        }
        return new FormatSpec(fill, align, sign, noNegativeZero, alternate, width, separator, groupSize, precision,
                type);
    }

    /** This spec with other padding: what {@code format_complex_internal} formats each part with. */
    FormatSpec withPadding(int newFill, char newAlign, long newWidth) {
        return new FormatSpec(newFill, newAlign, sign, noNegativeZero, alternate, newWidth, separator, groupSize,
                precision, type);
    }

    /** This spec with another sign option. */
    FormatSpec withSign(char newSign) {
        return new FormatSpec(fill, align, newSign, noNegativeZero, alternate, width, separator, groupSize,
                precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static PyException bothSeparators() {
        return Errors.valueError("Cannot specify both ',' and '_'.");
    }

    /** CPython's {@code unknown_presentation_type}: "Unknown format code 'x' for object of type 'float'". */
    public static PyException unknownCode(int type, String typeName) {
        return Errors.valueError("Unknown format code " + quoteCode(type) + " for object of type '" + typeName + "'");
    }

    /** A presentation type as CPython's messages print it: {@code 'x'}, or {@code '\x20ac'} outside printable ASCII. */
    static String quoteCode(int c) {
        if (c > 32 && c < 128) {
            return "'" + (char) c + "'";
        }
        return "'\\x" + Integer.toHexString(c) + "'";
    }
}
