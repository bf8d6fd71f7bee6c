package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;

/**
 * {@code format(complex, spec)} once the spec is parsed: CPython's {@code format_complex_internal}
 * (Python/formatter_unicode.c). Each part is formatted like a float without padding, the
 * imaginary part always signed unless it stands alone; then the whole is padded. No type gives
 * the str() form: parentheses, and the real part left out when it is +0.0.
 */
final class ComplexFormatter {
    private static final int DEFAULT_PRECISION = 6;

    private ComplexFormatter() {
    }

    static String format(double re, double im, FormatSpec spec) {
        if (spec.precision > Integer.MAX_VALUE) {
            throw Errors.valueError("precision too big");
        }
        if (spec.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
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
        boolean skipReal = false;
        boolean parentheses = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (Double.doubleToRawLongBits(re) == 0L) { // +0.0 exactly
                skipReal = true;
            } else {
                parentheses = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String reText = DoubleFormat.format(re, (char) type, precision, flags);
        String imText = DoubleFormat.format(im, (char) type, precision, flags);
        char separator = spec.type == 'n' ? FormatSpec.NO_SEPARATOR : spec.separator;
        FormatSpec unpadded = spec.withPadding(' ', '<', -1);
        StringBuilder body = new StringBuilder();
        if (parentheses) {
            body.append('(');
        }
        if (!skipReal) {
            FloatFormatter.layout(body, reText, unpadded, separator);
        }
        FloatFormatter.layout(body, imText, skipReal ? unpadded : unpadded.withSign('+'), separator);
        body.append('j');
        if (parentheses) {
            body.append(')');
        }
        return Padding.pad(body.toString(), body.length(), spec.fill, spec.align, spec.width);
    }
}
