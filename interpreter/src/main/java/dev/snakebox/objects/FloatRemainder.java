package dev.snakebox.objects;

/**
 * C's {@code fmod} for doubles, exactly, from the bits: {@code x - n*y} for the integer
 * {@code n = trunc(x/y)}, with the sign of {@code x}. Java's {@code %} on doubles means the same,
 * but TeaVM's wasm-gc backend computes it wrongly ({@code 5 % inf}, {@code 0.1 % 0.01}), so the
 * interpreter uses this one on every target.
 */
public final class FloatRemainder {
    private FloatRemainder() {}

    private static final long FRACTION = (1L << 52) - 1;
    private static final long HIDDEN = 1L << 52;
    private static final long SIGN = Long.MIN_VALUE;

    public static double fmod(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0.0) {
            return Double.NaN;
        }
        long sign = Double.doubleToRawLongBits(x) & SIGN;
        long bx = Double.doubleToRawLongBits(x) & ~SIGN;
        long by = Double.doubleToRawLongBits(y) & ~SIGN;
        if (bx < by) {
            return x; // |x| < |y|, y infinite included
        }
        if (bx == by) {
            return Double.longBitsToDouble(sign);
        }
        // x = mx * 2^(ex - 1075) and y = my * 2^(ey - 1075) with mantissas in [2^52, 2^53)
        int ex = (int) (bx >>> 52);
        int ey = (int) (by >>> 52);
        long mx = bx & FRACTION;
        long my = by & FRACTION;
        if (ex == 0) {
            ex = 1;
            while ((mx & HIDDEN) == 0) {
                mx <<= 1;
                ex--;
            }
        } else {
            mx |= HIDDEN;
        }
        if (ey == 0) {
            ey = 1;
            while ((my & HIDDEN) == 0) {
                my <<= 1;
                ey--;
            }
        } else {
            my |= HIDDEN;
        }
        // long division of the mantissas, one bit of quotient per step; only the remainder is kept
        for (; ex > ey; ex--) {
            if (mx >= my) {
                mx -= my;
                if (mx == 0) {
                    return Double.longBitsToDouble(sign);
                }
            }
            mx <<= 1;
        }
        if (mx >= my) {
            mx -= my;
            if (mx == 0) {
                return Double.longBitsToDouble(sign);
            }
        }
        while ((mx & HIDDEN) == 0) {
            mx <<= 1;
            ex--;
        }
        // the remainder is exact, so a subnormal result loses no bits to the shift
        long bits = ex > 0 ? (long) ex << 52 | (mx & FRACTION) : mx >>> (1 - ex);
        return Double.longBitsToDouble(bits | sign);
    }
}
