package dev.snakebox.objects;

/**
 * {@code hypot(x, y)}, the length of (x, y) without overflow or underflow in between, as C's
 * {@code hypot} (which {@code abs(complex)} and complex powers use): the squares are formed
 * exactly as sums of two doubles, so the only rounding is that of the square root. TeaVM's
 * {@code Math.hypot} squares directly and overflows for {@code abs(1e308+1e308j)}; this one is
 * used on every target so that all three print the same.
 */
public final class Hypot {
    private Hypot() {}

    /** 2^600 and 2^-600: scale factors that keep the squares inside the double range. */
    private static final double BIG = 0x1p600;
    private static final double SMALL = 0x1p-600;
    /** Veltkamp's splitting constant for doubles, 2^27 + 1. */
    private static final double SPLIT = 134217729.0;

    public static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        if (x < y) {
            double t = x;
            x = y;
            y = t;
        }
        if (y == 0.0) {
            return x;
        }
        // y is negligible beside x: its square would not change the sum
        if (x / y > 0x1p60) {
            return x + y;
        }
        double scale = 1.0;
        if (x > 0x1p500) {
            x *= SMALL;
            y *= SMALL;
            scale = BIG;
        } else if (y < 0x1p-500) {
            x *= BIG;
            y *= BIG;
            scale = SMALL;
        }
        double[] sx = square(x);
        double[] sy = square(y);
        return scale * Math.sqrt(sy[1] + sx[1] + sy[0] + sx[0]);
    }

    /** {@code v*v} as {@code hi + lo} exactly (Dekker's product of Veltkamp halves). */
    private static double[] square(double v) {
        double c = v * SPLIT;
        double h = v - c + c;
        double l = v - h;
        double hi = v * v;
        double lo = h * h - hi + 2 * h * l + l * l;
        return new double[] {hi, lo};
    }
}
