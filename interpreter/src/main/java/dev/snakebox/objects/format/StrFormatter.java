package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;

/** {@code format(str, spec)} once the spec is parsed: CPython's {@code format_string_internal} (Python/formatter_unicode.c). */
final class StrFormatter {
    private StrFormatter() {
    }

    static String format(String value, FormatSpec spec) {
        if (spec.sign != 0) {
            throw Errors.valueError(spec.sign == ' '
                    ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNegativeZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        int length = CodePoints.count(value);
        if ((spec.width == -1 || spec.width <= length) && (spec.precision == -1 || spec.precision >= length)) {
            return value;
        }
        String text = value;
        if (spec.precision >= 0 && length >= spec.precision) {
            length = (int) spec.precision;
            text = value.substring(0, CodePoints.offset(value, length));
        }
        return Padding.pad(text, length, spec.fill, spec.align, spec.width);
    }
}
