package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;

/**
 * {@code format(float, spec)} once the spec is parsed: CPython's {@code format_float_internal}
 * (Python/formatter_unicode.c). No type is repr-like ('r') with ".0" kept, or 'g'-like with at
 * least one digit after the point when a precision is given; '%' is 'f' of the value times 100.
 */
final class FloatFormatter {
    private static final int DEFAULT_PRECISION = 6;

    private FloatFormatter() {
    }

    static String format(double value, FormatSpec spec) {
        if (spec.precision > Integer.MAX_VALUE) {
            throw Errors.valueError("precision too big");
        }
        int precision = (int) spec.precision;
        int flags = 0;
        if (spec.alternate) {
            flags |= DoubleFormat.ALT;
        }
        if (spec.noNegativeZero) {
            flags |= DoubleFormat.NO_NEG_0;
        }
        int type = spec.type;
        int defaultPrecision = DEFAULT_PRECISION;
        if (type == 0) {
            flags |= DoubleFormat.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';     // 'n' is 'g' with the locale's separators; ours is always the C locale
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = DoubleFormat.format(value, (char) type, precision, flags);
        if (percent) {
            text += "%";
        }
        if (spec.sign != '+' && spec.sign != ' ' && spec.width == -1 && spec.type != 'n'
                && spec.separator == FormatSpec.NO_SEPARATOR) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        layout(out, text, spec, spec.type == 'n' ? FormatSpec.NO_SEPARATOR : spec.separator);
        return out.toString();
    }

    /**
     * Splits the text of a float into sign, integer digits, decimal point and the rest, and lays
     * it out: the part of {@code format_float_internal} after {@code PyOS_double_to_string}
     * ({@code parse_number}, {@code calc_number_widths}, {@code fill_number}).
     */
    static void layout(StringBuilder out, String text, FormatSpec spec, char separator) {
        boolean negative = text.startsWith("-");
        int start = negative ? 1 : 0;
        int pos = start;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        boolean hasDecimal = pos < text.length() && text.charAt(pos) == '.';
        String remainder = text.substring(hasDecimal ? pos + 1 : pos);
        NumberLayout.render(out, spec, negative, "", text.substring(start, pos), hasDecimal, remainder,
                separator, spec.groupSize, false);
    }
}
