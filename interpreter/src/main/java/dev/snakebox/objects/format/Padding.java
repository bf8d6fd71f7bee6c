package dev.snakebox.objects.format;

/**
 * Pads a finished text to a width: CPython's {@code calc_padding} and {@code fill_padding}
 * (Python/formatter_unicode.c), for strings and whole complex numbers.
 */
final class Padding {
    private Padding() {
    }

    /** {@code text} ({@code length} code points) padded with {@code fill} to {@code width}, aligned by {@code align}. */
    static String pad(String text, int length, int fill, char align, long width) {
        if (width <= length) {
            return text;
        }
        NumberLayout.checkWidth(width);
        long total = width;
        long left = switch (align) {
            case '>' -> total - length;
            case '^' -> (total - length) / 2;
            default -> 0;                       // '<' and '='
        };
        long right = total - length - left;
        StringBuilder out = new StringBuilder((int) total);
        CodePoints.repeat(out, fill, left);
        out.append(text);
        CodePoints.repeat(out, fill, right);
        return out.toString();
    }
}
