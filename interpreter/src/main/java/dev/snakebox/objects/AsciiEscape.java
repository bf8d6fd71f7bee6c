package dev.snakebox.objects;

/**
 * {@code ascii()}'s escaping of a repr (CPython's {@code PyObject_ASCII}: the ASCII encoding with
 * the 'backslashreplace' handler): every non-ASCII code point as \xhh, \\uhhhh or \Uhhhhhhhh.
 * One implementation for the builtin, the {@code !a} conversion and {@code %a}.
 */
public final class AsciiEscape {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private AsciiEscape() {}

    /** The 'backslashreplace' error handler applied to the ASCII encoding of {@code text}. */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
            } else if (c <= 0xff) {
                hex(out, 'x', c, 2);
            } else if (c <= 0xffff) {
                hex(out, 'u', c, 4);
            } else {
                hex(out, 'U', c, 8);
            }
        }
        return out.toString();
    }

    private static void hex(StringBuilder out, char kind, int value, int digits) {
        out.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.append(HEX[(value >>> shift) & 0xf]);
        }
    }
}
