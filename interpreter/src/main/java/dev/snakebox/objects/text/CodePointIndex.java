package dev.snakebox.objects.text;

/**
 * Where the code points of one string sit in its UTF-16 units: Python counts a character outside
 * the BMP as one, a Java string as two units (CPython stores one unit per code point,
 * {@code PyUnicode_KIND}). Built once per string by {@link #of(String)} and kept with it (the
 * runtime caches it in the str object, as it caches the hash).
 *
 * <p>A string without surrogate pairs (nearly every string) gets the shared {@link #BMP} index:
 * code point {@code i} is unit {@code i}, and nothing is stored or computed per call. Otherwise
 * the index holds the unit offsets of the pairs, and converting an offset costs a binary search.
 * A lone surrogate (not a high one followed by a low one) is one code point, as in Python.
 */
public final class CodePointIndex {
    /** The index of every string without a surrogate pair. */
    public static final CodePointIndex BMP = new CodePointIndex(null, -1);

    /** Ascending UTF-16 offsets of the high unit of every surrogate pair; null for {@link #BMP}. */
    private final int[] pairs;
    /** Number of code points; unused for {@link #BMP}, whose length is the string's. */
    private final int length;

    private CodePointIndex(int[] pairs, int length) {
        this.pairs = pairs;
        this.length = length;
    }

    /** The index of {@code s}: one pass over its units. */
    public static CodePointIndex of(String s) {
        int n = s.length();
        int count = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (isPair(s, i)) {
                count++;
                i++;
            }
        }
        if (count == 0) {
            return BMP;
        }
        int[] at = new int[count];
        int k = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (isPair(s, i)) {
                at[k++] = i;
                i++;
            }
        }
        return new CodePointIndex(at, n - count);
    }

    /** Whether units {@code i} and {@code i + 1} of {@code s} are a surrogate pair. */
    static boolean isPair(String s, int i) {
        char c = s.charAt(i);
        if (c < 0xD800 || c > 0xDBFF || i + 1 >= s.length()) {
            return false;
        }
        char d = s.charAt(i + 1);
        return d >= 0xDC00 && d <= 0xDFFF;
    }

    /** Whether the string has no surrogate pair (code point offsets are unit offsets). */
    public boolean isBmp() {
        return pairs == null;
    }

    /** {@code len(s)}: the number of code points of {@code s}, the string this index was built for. */
    public int length(String s) {
        return pairs == null ? s.length() : length;
    }

    /** The UTF-16 offset of code point {@code index} (0 to the length, inclusive). */
    public int offset(int index) {
        if (pairs == null) {
            return index;
        }
        // pair k is code point pairs[k] - k; count the pairs before code point `index`
        int low = 0;
        int high = pairs.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairs[mid] - mid < index) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return index + low;
    }

    /** The code point index of UTF-16 offset {@code offset}, which is not inside a pair. */
    public int index(int offset) {
        if (pairs == null) {
            return offset;
        }
        int low = 0;
        int high = pairs.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairs[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return offset - low;
    }
}
