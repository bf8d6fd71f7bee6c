package dev.snakebox.objects.text;

import dev.snakebox.objects.PyStr;
import java.util.List;

/**
 * {@code str.join}, {@code a + b} and {@code s * n}; CPython's {@code PyUnicode_Join},
 * {@code PyUnicode_Concat} and {@code unicode_repeat} (Objects/unicodeobject.c). The results'
 * lengths are checked before they are built: MemoryError past {@code PyStr.MAX_LENGTH}.
 */
public final class StrJoin {
    private StrJoin() {
    }

    /** {@code sep.join(items)}, the items already checked to be str (see {@link StrErrors#joinItemType}). */
    public static String join(String sep, List<String> items) {
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        long units = (long) sep.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            units += items.get(i).length();
        }
        StrErrors.checkLength(units);
        StringBuilder out = new StringBuilder((int) units);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(sep);
            }
            out.append(items.get(i));
        }
        return out.toString();
    }

    /**
     * {@code s * n}: empty for n &lt;= 0; OverflowError when len(s) * n overflows Py_ssize_t (64-bit
     * CPython's answer), MemoryError when it is merely too long.
     */
    public static String repeat(String s, CodePointIndex ix, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if (n == 1) {
            return s;
        }
        if (ix.length(s) > Long.MAX_VALUE / n) {
            throw StrErrors.repeatTooLong();
        }
        if (s.length() > PyStr.MAX_LENGTH / n) {
            throw StrErrors.tooLong();
        }
        int units = (int) (s.length() * n);
        if (s.length() == 1) {
            char[] out = new char[units];
            char c = s.charAt(0);
            for (int i = 0; i < units; i++) {
                out[i] = c;
            }
            return new String(out);
        }
        StringBuilder out = new StringBuilder(units);
        for (long i = 0; i < n; i++) {
            out.append(s);
        }
        return out.toString();
    }
}
