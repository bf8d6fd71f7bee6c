package dev.snakebox.objects;

/**
 * {@code str.__sizeof__}: CPython's {@code unicode_sizeof} ({@code Objects/unicodeobject.c}) for a
 * 64-bit build, as {@code int.__sizeof__} and {@code list.__sizeof__} here answer: an exact str
 * is compact (its characters follow the header: {@code PyASCIIObject}, 40 bytes, for ASCII text,
 * {@code PyCompactUnicodeObject}, 56 bytes, otherwise), a subclass instance is not
 * ({@code PyUnicodeObject}, 64 bytes, and a separate buffer); both store one, two or four bytes a
 * character by the largest code point, plus a terminating NUL. CPython adds the cached UTF-8
 * form when some operation made one; that cache is not modelled.
 */
final class StrSizeof {
    private StrSizeof() {}

    private static final int ASCII_HEADER = 40;
    private static final int COMPACT_HEADER = 56;
    private static final int UNICODE_HEADER = 64;

    static long sizeof(PyStr s) {
        String text = s.value();
        int max = 0;
        int n = 0;
        for (int i = 0; i < text.length(); n++) {
            int cp = text.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        long data = (long) (n + 1) * kind;
        if (s.getClass() != PyStr.class) {
            return UNICODE_HEADER + data;
        }
        return (max < 0x80 ? ASCII_HEADER : COMPACT_HEADER) + data;
    }
}
