package dev.snakebox.objects;

import dev.snakebox.objects.text.HostText;

/**
 * The digits of a long in a base, as {@link Long#toString(long, int)}, through int arithmetic
 * when the value fits an int. TeaVM's JS backend makes every long a BigInt, so Long's digit loop
 * costs several BigInt operations per digit there; the int loop runs on plain JS numbers. Same
 * text on every platform.
 */
public final class LongDigits {
    private LongDigits() {}

    public static String toString(long v, int radix) {
        int i = (int) v;
        if (i == v) {
            return radix == 10 ? HostText.ofInt(i) : Integer.toString(i, radix);
        }
        return Long.toString(v, radix);
    }

    public static String toString(long v) {
        return toString(v, 10);
    }
}
