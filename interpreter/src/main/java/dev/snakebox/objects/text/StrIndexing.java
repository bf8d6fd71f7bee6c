package dev.snakebox.objects.text;

/**
 * {@code s[i]} and {@code s[start:stop:step]} by code point; CPython's {@code unicode_getitem}
 * and {@code unicode_subscript} (Objects/unicodeobject.c) with {@code PySlice_AdjustIndices}
 * (Objects/sliceobject.c). Constant time per character for a string without surrogate pairs.
 */
public final class StrIndexing {
    private StrIndexing() {
    }

    /** {@code s[i]}: a negative index counts from the end; IndexError outside. */
    public static String getItem(String s, CodePointIndex ix, long i) {
        int len = ix.length(s);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw StrErrors.indexOutOfRange();
        }
        if (ix.isBmp()) {
            return String.valueOf(s.charAt((int) i));
        }
        int at = ix.offset((int) i);
        return s.substring(at, at + Utf16.units(Utf16.codePointAt(s, at)));
    }

    /** The code point {@code ord(s[i])} for {@code 0 <= i < len(s)} (iteration, comparisons). */
    public static int codePointAt(String s, CodePointIndex ix, int i) {
        if (ix.isBmp()) {
            return s.charAt(i);
        }
        return Utf16.codePointAt(s, ix.offset(i));
    }

    /**
     * {@code s[start:stop:step]} where start, stop and step are what {@code PySlice_Unpack} gives
     * for the slice object (step not 0; None as the defaults for the step's sign), clamped to the
     * int range, which leaves the result unchanged since strings are shorter.
     */
    public static String slice(String s, CodePointIndex ix, int start, int stop, int step) {
        int len = ix.length(s);
        // PySlice_AdjustIndices
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= len) {
            start = step < 0 ? len - 1 : len;
        }
        if (stop < 0) {
            stop += len;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= len) {
            stop = step < 0 ? len - 1 : len;
        }
        int count;
        if (step < 0) {
            count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return sliceOfCount(s, ix, start, count, step);
    }

    /** The {@code count} code points at start, start + step, ... (all in range). */
    private static String sliceOfCount(String s, CodePointIndex ix, int start, int count, int step) {
        if (count <= 0) {
            return "";
        }
        if (step == 1) {
            return s.substring(ix.offset(start), ix.offset(start + count));
        }
        if (ix.isBmp()) {
            char[] out = new char[count];
            for (int k = 0, i = start; k < count; k++, i += step) {
                out[k] = s.charAt(i);
            }
            return new String(out);
        }
        StringBuilder out = new StringBuilder(count + 8);
        if (step > 0) {
            // walk forward once instead of converting every index
            int offset = ix.offset(start);
            int index = start;
            for (int k = 0; k < count; k++) {
                int target = start + k * step;
                while (index < target) {
                    offset += Utf16.units(Utf16.codePointAt(s, offset));
                    index++;
                }
                UnicodeCtype.appendCodePoint(out, Utf16.codePointAt(s, offset));
            }
        } else {
            for (int k = 0; k < count; k++) {
                UnicodeCtype.appendCodePoint(out, Utf16.codePointAt(s, ix.offset(start + k * step)));
            }
        }
        return out.toString();
    }
}
