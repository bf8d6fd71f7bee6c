package dev.snakebox.objects;

/**
 * Narrow IEEE binary formats: half precision as CPython's {@code PyFloat_Pack2} /
 * {@code PyFloat_Unpack2} ({@code Objects/floatobject.c}, struct and memoryview format 'e') and
 * single precision as a C {@code (float)} conversion (memoryview format 'f').
 *
 * <p>Both are computed from the double's bits with integer arithmetic, rounding half to even
 * exactly, so the JVM, TeaVM JS and wasm-gc agree without relying on float narrowing or
 * {@code Float.floatToRawIntBits} in the class library.
 */
final class PackedFloat {
    private PackedFloat() {}

    /** Half precision: 5 exponent bits, 10 fraction bits. */
    static final int HALF_EXP = 5;
    static final int HALF_FRAC = 10;
    /** Single precision: 8 exponent bits, 23 fraction bits. */
    static final int SINGLE_EXP = 8;
    static final int SINGLE_FRAC = 23;

    /** Marks an overflow of a finite value past the largest finite number of the format. */
    static final long OVERFLOW = -1L;

    /**
     * The bits of {@code x} rounded half to even to a format of {@code expBits} exponent and
     * {@code fracBits} fraction bits; {@link #OVERFLOW} when a finite x rounds past the largest
     * finite value (the caller decides: infinity for a C cast, OverflowError for PyFloat_Pack2).
     * A NaN keeps its sign; {@code keepPayload} keeps the top fraction bits too (a C cast does,
     * PyFloat_Pack2 makes the one quiet NaN).
     */
    static long pack(double x, int expBits, int fracBits, boolean keepPayload) {
        long d = Double.doubleToRawLongBits(x);
        long sign = (d >>> 63) << (expBits + fracBits);
        int dexp = (int) ((d >>> 52) & 0x7ff);
        long dfrac = d & ((1L << 52) - 1);
        long expAllOnes = ((1L << expBits) - 1) << fracBits;
        if (dexp == 0x7ff) {
            if (dfrac == 0) {
                return sign | expAllOnes; // infinity
            }
            long quiet = 1L << (fracBits - 1);
            long payload = keepPayload ? dfrac >>> (52 - fracBits) : 0;
            return sign | expAllOnes | quiet | payload;
        }
        if (dexp == 0) {
            return sign; // zero, or a double subnormal: far below half the format's smallest step
        }
        int bias = (1 << (expBits - 1)) - 1;
        int emin = 1 - bias;
        int e = dexp - 1023;
        long sig = (1L << 52) | dfrac; // x = sig * 2**(e - 52)
        // the step of the format at x is 2**(max(e, emin) - fracBits)
        int shift = 52 - fracBits + Math.max(0, emin - e);
        long r;
        if (shift >= 54) {
            r = 0; // below half the smallest subnormal step
        } else {
            r = sig >>> shift;
            long rem = sig & ((1L << shift) - 1);
            long half = 1L << (shift - 1);
            if (rem > half || rem == half && (r & 1) == 1) {
                r++;
            }
        }
        long bits;
        if (e < emin) {
            bits = r; // subnormal; r == 2**fracBits is the smallest normal, whose bits are r too
        } else {
            bits = ((long) (e + bias) << fracBits) + r - (1L << fracBits);
        }
        if (bits >= expAllOnes) {
            return OVERFLOW;
        }
        return sign | bits;
    }

    /** The value of format bits (see {@link #pack}); exact, as every such value is a double. */
    static double unpack(long bits, int expBits, int fracBits) {
        boolean negative = ((bits >>> (expBits + fracBits)) & 1) != 0;
        int exp = (int) ((bits >>> fracBits) & ((1L << expBits) - 1));
        long frac = bits & ((1L << fracBits) - 1);
        int bias = (1 << (expBits - 1)) - 1;
        double v;
        if (exp == (1 << expBits) - 1) {
            if (frac == 0) {
                v = Double.POSITIVE_INFINITY;
            } else {
                // the payload carries over as a C conversion keeps it; its sign is set below
                v = Double.longBitsToDouble(0x7ff0000000000000L | (1L << 51) | (frac << (52 - fracBits)));
            }
        } else if (exp == 0) {
            v = frac * pow2(1 - bias - fracBits);
        } else {
            v = ((1L << fracBits) | frac) * pow2(exp - bias - fracBits);
        }
        return negative ? FloatOps.neg(v) : v; // not -v, which loses the sign of 0.0 in TeaVM wasm
    }

    /** 2**k for a k whose power is a normal double. */
    private static double pow2(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    /** {@code PyFloat_Pack2}: the half-precision bits; OverflowError "float too large to pack with e format". */
    static int packHalf(double x) {
        long bits = pack(x, HALF_EXP, HALF_FRAC, false);
        if (bits == OVERFLOW) {
            throw Errors.overflow("float too large to pack with e format");
        }
        return (int) bits;
    }

    /** {@code PyFloat_Unpack2}. */
    static double unpackHalf(int bits) {
        return unpack(bits & 0xffffL, HALF_EXP, HALF_FRAC);
    }

    /** A C {@code (float)} conversion's bits: round half to even, infinity past the largest float. */
    static int packSingle(double x) {
        long bits = pack(x, SINGLE_EXP, SINGLE_FRAC, true);
        if (bits == OVERFLOW) {
            long sign = Double.doubleToRawLongBits(x) < 0 ? 0x80000000L : 0;
            return (int) (sign | 0x7f800000L);
        }
        return (int) bits;
    }

    /** A float's bits widened to double (exact). */
    static double unpackSingle(int bits) {
        return unpack(bits & 0xffffffffL, SINGLE_EXP, SINGLE_FRAC);
    }
}
