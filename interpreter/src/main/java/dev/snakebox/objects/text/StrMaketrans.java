package dev.snakebox.objects.text;

/**
 * The data of {@code str.maketrans}; CPython's {@code unicode_maketrans_impl}
 * (Objects/unicodeobject.c). The runtime builds the dict from it, in this order (a key met again
 * keeps its first place and takes the later value, as dict insertion does).
 */
public final class StrMaketrans {
    private StrMaketrans() {
    }

    /** The value standing for None (delete the character) in {@link #fromStrings}. */
    public static final int NONE = -1;

    /**
     * {@code str.maketrans(x, y, z)}: pairs {@code key, value} flattened, {@code ord(x[i])} to
     * {@code ord(y[i])}, then each {@code ord(z[i])} to {@link #NONE}. {@code z} may be null.
     * ValueError when x and y differ in length.
     */
    public static int[] fromStrings(String x, String y, String z) {
        int[] from = Utf16.codePoints(x);
        int[] to = Utf16.codePoints(y);
        if (from.length != to.length) {
            throw StrErrors.maketransLengths();
        }
        int[] deleted = z == null ? new int[0] : Utf16.codePoints(z);
        int[] pairs = new int[2 * (from.length + deleted.length)];
        int k = 0;
        for (int i = 0; i < from.length; i++) {
            pairs[k++] = from[i];
            pairs[k++] = to[i];
        }
        for (int d : deleted) {
            pairs[k++] = d;
            pairs[k++] = NONE;
        }
        return pairs;
    }

    /**
     * {@code str.maketrans(dict)}: the int key that a str key of the dict becomes (its one
     * character's code point); ValueError when the str is not one character long. Int keys are
     * kept as they are; other keys raise {@link StrErrors#maketransKeyType()}.
     */
    public static int keyOf(String key) {
        if (key.isEmpty() || Utf16.length(key) != 1) {
            throw StrErrors.maketransKeyLength();
        }
        return Utf16.codePointAt(key, 0);
    }
}
