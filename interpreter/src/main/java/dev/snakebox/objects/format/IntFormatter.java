package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyInt;

/**
 * {@code format(int, spec)} for the integer presentation types b c d n o x X once the spec is
 * parsed: CPython's {@code format_long_internal} (Python/formatter_unicode.c).
 */
final class IntFormatter {
    private static final int MAX_UNICODE = 0x10ffff;

    private IntFormatter() {
    }

    static String format(PyInt value, FormatSpec spec) {
        if (spec.precision != -1) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        StringBuilder out = new StringBuilder();
        if (spec.type == 'c') {
            if (spec.sign != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.big != null) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            if (value.value < 0 || value.value > MAX_UNICODE) {
                throw Errors.overflow("%c arg not in range(0x110000)");
            }
            // The character goes where the fraction and exponent of a float go: copied, not grouped.
            String ch = new String(Character.toChars((int) value.value));
            NumberLayout.render(out, spec, false, "", "", false, ch, FormatSpec.NO_SEPARATOR, 3, false);
            return out.toString();
        }
        int base = switch (spec.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String text = IntDigits.inBase(value, base);
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        String prefix = spec.alternate ? IntDigits.prefix(base) : "";
        char separator = spec.type == 'n' ? FormatSpec.NO_SEPARATOR : spec.separator;
        NumberLayout.render(out, spec, negative, prefix, digits, false, "", separator, spec.groupSize,
                spec.type == 'X');
        return out.toString();
    }
}
