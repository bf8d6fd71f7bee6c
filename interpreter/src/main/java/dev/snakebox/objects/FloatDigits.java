package dev.snakebox.objects;

import java.math.BigInteger;

/**
 * Decimal digits of a double, CPython's {@code _Py_dg_dtoa} (Python/dtoa.c) in its modes 0
 * ({@link #shortest}), 2 ({@link #significant}) and 3 ({@link #fixed}): the digit core of
 * {@code repr}, {@code %e}, {@code %f}, {@code %g}, {@code format()} and {@code round()}.
 *
 * <p>Every result is exact: each decision compares exact integers. Magnitudes from about 1e-11
 * to 1e42 take paths in 64-bit and 128-bit integer arithmetic; the rest use BigInteger. Nothing
 * depends on the platform's own double-to-text conversion, so the JVM, TeaVM JS and TeaVM
 * wasm-gc agree.
 *
 * <p>Notation: a finite nonzero double is {@code v = c * 2**q} with an integer {@code c < 2**53}.
 */
public final class FloatDigits {
    /** Fixed-point results are exact once 10**n times any double is an integer (q >= -1074). */
    private static final int MAX_FIXED_DIGITS = 1100;
    /** No double has more than 767 significant digits, so larger requests change nothing. */
    private static final int MAX_SIGNIFICANT_DIGITS = 800;
    private static final long HIDDEN_BIT = 1L << 52;
    /** Largest k with 5**k below 2**59, so that ten of them still fit a long. */
    private static final int MAX_FAST_DIVISOR_POWER = 25;

    private FloatDigits() {
    }

    /**
     * Mode 0: the shortest digits that read back as {@code x} (round-half-even reading); among
     * several of that length, the one nearest to {@code x}. {@code x} must be finite.
     */
    public static DecimalDigits shortest(double x) {
        long bits = Double.doubleToRawLongBits(x);
        boolean negative = bits < 0;
        int biased = biasedExponent(bits);
        long fraction = bits & (HIDDEN_BIT - 1);
        if (biased == 0 && fraction == 0) {
            return new DecimalDigits(negative, "0", 1);
        }
        long c = biased == 0 ? fraction : fraction | HIDDEN_BIT;
        int q = biased == 0 ? -1074 : biased - 1075;

        // An integer below 2**53 has neighbours at most 1 away; no other decimal with as few
        // digits lies within half of that.
        if (q <= 0 && q > -53 && (c & ((1L << -q) - 1)) == 0) {
            return fromLong(negative, c >> -q, 0);
        }
        // A power of two (other than the smallest normal) is closer to its lower neighbour.
        boolean asymmetric = fraction == 0 && biased > 1;
        // The scale 10**k of the last digit: the rounding interval, 2**q (or 3/4 * 2**q) wide,
        // then holds at least one multiple of 10**k and at most one multiple of 10**(k+1).
        int k = asymmetric ? PowersOfTen.floorLog10ThreeQuartersPow2(q) : PowersOfTen.floorLog10Pow2(q);
        ScaledInterval interval = new ScaledInterval();
        if (!interval.scaleInLongs(c, q, k, asymmetric)) {
            interval.scaleInBigIntegers(c, q, k, asymmetric);
        }
        return fromLong(negative, interval.shortestInside((c & 1) == 0), k);
    }

    /**
     * Mode 2: {@code n} significant digits (at least 1), correctly rounded half-even from the
     * exact binary value, trailing zeros removed. {@code x} must be finite.
     */
    public static DecimalDigits significant(double x, int n) {
        long bits = Double.doubleToRawLongBits(x);
        boolean negative = bits < 0;
        int biased = biasedExponent(bits);
        long fraction = bits & (HIDDEN_BIT - 1);
        if (biased == 0 && fraction == 0) {
            return new DecimalDigits(negative, "0", 1);
        }
        long c = biased == 0 ? fraction : fraction | HIDDEN_BIT;
        int q = biased == 0 ? -1074 : biased - 1075;
        int count = Math.min(Math.max(n, 1), MAX_SIGNIFICANT_DIGITS);

        // floor(log10(v)) is floorLog10Pow2(floor(log2(v))) or one more; try the first and
        // move one place up when the rounded value has a digit too many.
        int log2 = 63 - Long.numberOfLeadingZeros(c) + q;
        int k = PowersOfTen.floorLog10Pow2(log2) - count + 1;
        if (count < PowersOfTen.LONG.length) {
            long t = roundedInLongs(c, q, k);
            if (t >= PowersOfTen.LONG[count]) {
                k++;
                t = roundedInLongs(c, q, k);
            }
            if (t >= 0) {
                return fromLong(negative, t, k);
            }
        }
        BigInteger t = roundedInBigIntegers(c, q, k);
        if (t.compareTo(PowersOfTen.big(count)) >= 0) {
            k++;
            t = roundedInBigIntegers(c, q, k);
        }
        return fromBigInteger(negative, t, k);
    }

    /**
     * Mode 3: digits up to {@code n} places after the decimal point ({@code n} may be negative:
     * -2 rounds to hundreds), correctly rounded half-even, trailing zeros removed. A value that
     * rounds to zero gives empty digits and decimal point {@code -n}. {@code x} must be finite.
     */
    public static DecimalDigits fixed(double x, int n) {
        long bits = Double.doubleToRawLongBits(x);
        boolean negative = bits < 0;
        int biased = biasedExponent(bits);
        long fraction = bits & (HIDDEN_BIT - 1);
        if (biased == 0 && fraction == 0) {
            return new DecimalDigits(negative, "0", 1);
        }
        long c = biased == 0 ? fraction : fraction | HIDDEN_BIT;
        int q = biased == 0 ? -1074 : biased - 1075;
        int k = -Math.min(n, MAX_FIXED_DIGITS);
        int log2 = 63 - Long.numberOfLeadingZeros(c) + q;
        // v < 2**(log2+1) < 10**(floorLog10Pow2(log2) + 2): scaled by 10**-k that is below 1/10.
        if (k >= PowersOfTen.floorLog10Pow2(log2) + 3) {
            return new DecimalDigits(negative, "", -n);
        }
        long t = roundedInLongs(c, q, k);
        if (t < 0) {
            BigInteger big = roundedInBigIntegers(c, q, k);
            if (big.signum() != 0) {
                return fromBigInteger(negative, big, k);
            }
            t = 0;
        }
        if (t == 0) {
            return new DecimalDigits(negative, "", -n);
        }
        return fromLong(negative, t, k);
    }

    private static int biasedExponent(long bits) {
        int biased = (int) ((bits >>> 52) & 0x7FF);
        if (biased == 0x7FF) {
            throw new IllegalArgumentException("not a finite float");
        }
        return biased;
    }

    /**
     * The rounding interval of v and v itself, divided by 10**k, as floors plus exactness:
     * everything the shortest-digits choice needs, in longs. The interval ends are
     * {@code (4c - 2) * 2**(q-2)} (or {@code 4c - 1} below a power of two) and
     * {@code (4c + 2) * 2**(q-2)}.
     */
    private static final class ScaledInterval {
        long value;           // floor(v / 10**k)
        int valueHalf;        // sign of (frac(v / 10**k) - 1/2)
        long low;             // floor(lower end / 10**k)
        boolean lowExact;
        long high;            // floor(upper end / 10**k)
        boolean highExact;

        /** Fills the fields with 64/128-bit arithmetic; false when the numbers do not fit. */
        boolean scaleInLongs(long c, int q, int k, boolean asymmetric) {
            long four = c << 2;
            long lower = asymmetric ? four - 1 : four - 2;
            long upper = four + 2;
            if (k <= 0) {
                // X * 2**(q-2) / 10**k = X * 5**-k * 2**(q-2-k): a product and a shift
                if (-k >= PowersOfTen.FIVE.length) {
                    return false;
                }
                long five = PowersOfTen.FIVE[-k];
                int exponent = q - 2 - k;
                if (exponent >= 0) {
                    // only q in {2, 3} with k = 0 (below that q - 2 - k < 0), so this is tiny
                    return scaleByPowerOfTwo(lower, upper, four, five << exponent, 0);
                }
                return -exponent < 128 && scaleByPowerOfTwo(lower, upper, four, five, -exponent);
            }
            // X * 2**(q-2) / 10**k = (X << (q-2-k)) / 5**k: one 128-by-64-bit division each
            int shift = q - 2 - k;
            if (k > MAX_FAST_DIVISOR_POWER || shift < 0 || shift >= 64) {
                return false;
            }
            long five = PowersOfTen.FIVE[k];
            long valueHigh = shift == 0 ? 0 : four >>> (64 - shift);
            if (UnsignedWide.compare(valueHigh, five) >= 0) {
                return false;
            }
            long rest = divideRest(valueHigh, four << shift, five);
            value = lastQuotient;
            valueHalf = Long.signum((rest << 1) - five);
            rest = divideRest(shift == 0 ? 0 : lower >>> (64 - shift), lower << shift, five);
            low = lastQuotient;
            lowExact = rest == 0;
            rest = divideRest(shift == 0 ? 0 : upper >>> (64 - shift), upper << shift, five);
            high = lastQuotient;
            highExact = rest == 0;
            return true;
        }

        private long lastQuotient;

        /** Sets lastQuotient to floor((hi, lo) / divisor) and returns the remainder. */
        private long divideRest(long hi, long lo, long divisor) {
            lastQuotient = UnsignedWide.divide(hi, lo, divisor);
            return lo - lastQuotient * divisor;
        }

        /** X * multiplier / 2**f for the three X, with 128-bit products. */
        private boolean scaleByPowerOfTwo(long lower, long upper, long four, long multiplier, int f) {
            long hi = UnsignedWide.multiplyHigh(four, multiplier);
            long lo = four * multiplier;
            if (!fitsAfterShift(hi, lo, f)) {
                return false;
            }
            value = shiftRight(hi, lo, f);
            valueHalf = halfCompare(hi, lo, f);
            hi = UnsignedWide.multiplyHigh(lower, multiplier);
            lo = lower * multiplier;
            low = shiftRight(hi, lo, f);
            lowExact = lowBitsZero(hi, lo, f);
            hi = UnsignedWide.multiplyHigh(upper, multiplier);
            lo = upper * multiplier;
            if (!fitsAfterShift(hi, lo, f)) {
                return false;
            }
            high = shiftRight(hi, lo, f);
            highExact = lowBitsZero(hi, lo, f);
            return true;
        }

        /** The same quantities with BigInteger, for any exponent. */
        void scaleInBigIntegers(long c, int q, int k, boolean asymmetric) {
            long four = c << 2;
            BigInteger lower = BigInteger.valueOf(asymmetric ? four - 1 : four - 2);
            BigInteger upper = BigInteger.valueOf(four + 2);
            BigInteger middle = BigInteger.valueOf(four);
            int exponent = q - 2 - k;   // X * 2**(q-2) / 10**k = X * 2**exponent * 5**-k
            if (k <= 0) {
                BigInteger five = PowersOfTen.bigFive(-k);
                lower = lower.multiply(five);
                upper = upper.multiply(five);
                middle = middle.multiply(five);
                if (exponent >= 0) {
                    value = middle.shiftLeft(exponent).longValue();
                    valueHalf = -1;
                    low = lower.shiftLeft(exponent).longValue();
                    lowExact = true;
                    high = upper.shiftLeft(exponent).longValue();
                    highExact = true;
                    return;
                }
                int f = -exponent;
                value = middle.shiftRight(f).longValue();
                valueHalf = !middle.testBit(f - 1) ? -1 : middle.getLowestSetBit() < f - 1 ? 1 : 0;
                low = lower.shiftRight(f).longValue();
                lowExact = lower.getLowestSetBit() >= f;
                high = upper.shiftRight(f).longValue();
                highExact = upper.getLowestSetBit() >= f;
                return;
            }
            // k > 0 implies q >= 4 and exponent >= 0 (k is about 0.3 q)
            BigInteger five = PowersOfTen.bigFive(k);
            BigInteger[] divided = middle.shiftLeft(exponent).divideAndRemainder(five);
            value = divided[0].longValue();
            valueHalf = divided[1].shiftLeft(1).compareTo(five);
            divided = lower.shiftLeft(exponent).divideAndRemainder(five);
            low = divided[0].longValue();
            lowExact = divided[1].signum() == 0;
            divided = upper.shiftLeft(exponent).divideAndRemainder(five);
            high = divided[0].longValue();
            highExact = divided[1].signum() == 0;
        }

        /**
         * The digits, scaled by 10**k: the multiple of 10 inside the interval if there is one
         * (the shorter candidate), else whichever of floor and ceiling of the value is inside,
         * the nearer one when both are (ties to even).
         */
        long shortestInside(boolean inclusive) {
            long d = value % 10;
            long down = value - d;
            if (contains(down, inclusive)) {
                return down;
            }
            if (contains(down + 10, inclusive)) {
                return down + 10;
            }
            boolean lowerIn = contains(value, inclusive);
            boolean upperIn = contains(value + 1, inclusive);
            if (lowerIn && upperIn) {
                return valueHalf < 0 || (valueHalf == 0 && (value & 1) == 0) ? value : value + 1;
            }
            return lowerIn ? value : value + 1;
        }

        /** Whether t * 10**k lies in the rounding interval (ends included when inclusive). */
        private boolean contains(long t, boolean inclusive) {
            boolean aboveLow = t > low || (inclusive && t == low && lowExact);
            boolean belowHigh = t < high || (t == high && (inclusive || !highExact));
            return aboveLow && belowHigh;
        }
    }

    /** Whether (hi, lo) >> f fits in 63 bits. */
    private static boolean fitsAfterShift(long hi, long lo, int f) {
        if (f >= 64) {
            return (hi >>> (f - 64)) >= 0;
        }
        return (hi >>> f) == 0 && (f == 0 ? lo >= 0 : ((hi << (64 - f)) | (lo >>> f)) >= 0);
    }

    /** (hi, lo) >> f, for 0 <= f < 128, when the result fits in 63 bits. */
    private static long shiftRight(long hi, long lo, int f) {
        if (f == 0) {
            return lo;
        }
        if (f < 64) {
            return (hi << (64 - f)) | (lo >>> f);
        }
        return hi >>> (f - 64);
    }

    /** Whether the low f bits of (hi, lo) are all zero. */
    private static boolean lowBitsZero(long hi, long lo, int f) {
        if (f == 0) {
            return true;
        }
        if (f < 64) {
            return (lo & (-1L >>> (64 - f))) == 0;
        }
        return lo == 0 && (f == 64 || (hi & (-1L >>> (128 - f))) == 0);
    }

    /** Sign of (low f bits of (hi, lo)) - 2**(f-1): how the fraction compares with one half. */
    private static int halfCompare(long hi, long lo, int f) {
        if (f == 0) {
            return -1;
        }
        boolean halfBit = f <= 64 ? ((lo >>> (f - 1)) & 1) != 0 : ((hi >>> (f - 65)) & 1) != 0;
        if (!halfBit) {
            return -1;
        }
        return lowBitsZero(hi, lo, f - 1) ? 0 : 1;
    }

    /**
     * round-half-even(c * 2**q / 10**k) in exact 64/128-bit arithmetic, or -1 when the numbers
     * do not fit (then BigInteger takes over).
     */
    private static long roundedInLongs(long c, int q, int k) {
        if (k <= 0) {
            // c * 2**q * 10**-k = c * 5**-k * 2**(q-k)
            if (-k >= PowersOfTen.FIVE.length) {
                return -1;
            }
            long five = PowersOfTen.FIVE[-k];
            long hi = UnsignedWide.multiplyHigh(c, five);
            long lo = c * five;
            int g = q - k;
            if (g >= 0) {
                if (hi != 0 || lo < 0 || 64 - Long.numberOfLeadingZeros(lo) + g > 62) {
                    return -1;
                }
                return lo << g;
            }
            int f = -g;
            if (f >= 128) {
                return 0;                  // c * 5**-k < 2**116: far below one half
            }
            if (!fitsAfterShift(hi, lo, f)) {
                return -1;
            }
            long t = shiftRight(hi, lo, f);
            int half = halfCompare(hi, lo, f);
            return half > 0 || (half == 0 && (t & 1) != 0) ? t + 1 : t;
        }
        // c * 2**q / 10**k = (c * 2**(q-k)) / 5**k, or c / (5**k * 2**(k-q))
        if (k >= PowersOfTen.FIVE.length) {
            return -1;
        }
        long divisor = PowersOfTen.FIVE[k];
        int g = q - k;
        long hi = 0;
        long lo = c;
        if (g > 0) {
            if (g >= 64) {
                return -1;
            }
            hi = c >>> (64 - g);
            lo = c << g;
        } else if (g < 0) {
            if (-g >= Long.numberOfLeadingZeros(divisor) - 1) {
                return -1;                 // the divisor would pass 2**62
            }
            divisor <<= -g;
        }
        if (UnsignedWide.compare(hi, divisor) >= 0) {
            return -1;
        }
        long t = UnsignedWide.divide(hi, lo, divisor);
        long rest = lo - t * divisor;
        if (t < 0) {
            return -1;
        }
        int half = UnsignedWide.compare(rest << 1, divisor);   // rest < divisor < 2**63
        return half > 0 || (half == 0 && (t & 1) != 0) ? t + 1 : t;
    }

    /** round-half-even(c * 2**q / 10**k) for any exponents. */
    private static BigInteger roundedInBigIntegers(long c, int q, int k) {
        // c * 2**q / 10**k = c * 2**(q-k) / 5**k: only powers of five are multiplied or divided
        BigInteger num = BigInteger.valueOf(c);
        BigInteger den = BigInteger.ONE;
        if (k < 0) {
            num = num.multiply(PowersOfTen.bigFive(-k));
        } else if (k > 0) {
            den = PowersOfTen.bigFive(k);
        }
        int g = q - k;
        if (g >= 0) {
            num = num.shiftLeft(g);
            if (k <= 0) {
                return num;
            }
        } else if (k <= 0) {
            // division by a power of two: a shift, with the dropped bits deciding the rounding
            int f = -g;
            BigInteger t = num.shiftRight(f);
            if (!num.testBit(f - 1)) {
                return t;
            }
            boolean above = num.getLowestSetBit() < f - 1;
            return above || t.testBit(0) ? t.add(BigInteger.ONE) : t;
        } else {
            den = den.shiftLeft(-g);
        }
        BigInteger[] quotientAndRemainder = num.divideAndRemainder(den);
        BigInteger t = quotientAndRemainder[0];
        int cmp = quotientAndRemainder[1].shiftLeft(1).compareTo(den);
        if (cmp > 0 || (cmp == 0 && t.testBit(0))) {
            t = t.add(BigInteger.ONE);
        }
        return t;
    }

    /** Digits of {@code t * 10**k}, t > 0. */
    private static DecimalDigits fromLong(boolean negative, long t, int k) {
        while (t % 10 == 0) {
            t /= 10;
            k++;
        }
        String digits = LongDigits.toString(t);
        return new DecimalDigits(negative, digits, k + digits.length());
    }

    /** Digits of {@code t * 10**k}, t > 0. */
    private static DecimalDigits fromBigInteger(boolean negative, BigInteger t, int k) {
        if (t.bitLength() < 63) {
            return fromLong(negative, t.longValue(), k);
        }
        String all = t.toString();
        int end = all.length();
        while (all.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(negative, all.substring(0, end), k + all.length());
    }
}
