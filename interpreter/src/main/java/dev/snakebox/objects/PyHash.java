package dev.snakebox.objects;

import java.math.BigInteger;

/**
 * {@code hash()} of the built-in immutable values as 64-bit CPython computes it with
 * {@code PYTHONHASHSEED=0}; CPython's {@code Python/pyhash.c} ({@code _Py_HashDouble},
 * {@code _Py_HashBytes} with SipHash-1-3 and a zero key), {@code long_hash}
 * ({@code Objects/longobject.c}), {@code unicode_hash}, {@code tuplehash}, {@code complex_hash}
 * and {@code none_hash}. Set and dict iteration order follows from these values, so they must be
 * exactly CPython's: a 32-bit CPython computes different ones.
 */
public final class PyHash {
    private PyHash() {}

    /** {@code _PyHASH_BITS}: numbers hash modulo the Mersenne prime 2**61 - 1. */
    static final int BITS = 61;
    /** {@code _PyHASH_MODULUS}. */
    public static final long MODULUS = (1L << BITS) - 1;
    /** {@code _PyHASH_INF}: the hash of {@code float('inf')}. */
    public static final long INF = 314159;
    /** {@code _PyHASH_IMAG}: the multiplier of a complex number's imaginary part. */
    static final long IMAG = 1000003;
    /** {@code none_hash}: a constant since 3.12. */
    public static final long NONE = 0xFCA86420L;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /**
     * The hash of a built-in hashable constant: int, bool, float, complex, str, bytes, None, and
     * tuples of these. Returns null for other objects (their hash is not a pure function of the
     * value: Ellipsis, code objects and NaN hash their address in CPython).
     */
    public static Long of(PyObject o) {
        if (o instanceof PyInt) {
            return ofInt((PyInt) o);
        }
        if (o instanceof PyStr) {
            return ofStr(((PyStr) o).value());
        }
        if (o instanceof PyFloat) {
            double d = ((PyFloat) o).value;
            return d != d ? null : ofDouble(d);
        }
        if (o instanceof PyBytes) {
            return ofBytes(((PyBytes) o).toByteArray());
        }
        if (o instanceof PyNone) {
            return NONE;
        }
        if (o instanceof PyComplex) {
            PyComplex c = (PyComplex) o;
            if (c.real != c.real || c.imag != c.imag) {
                return null;
            }
            return ofComplex(c.real, c.imag);
        }
        if (o instanceof PyTuple) {
            return ofTuple((PyTuple) o);
        }
        return null;
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    // ---- numbers --------------------------------------------------------------------------

    /** {@code long_hash}: the value modulo 2**61 - 1, with the sign kept; -1 becomes -2. */
    public static long ofInt(PyInt i) {
        if (i.big == null) {
            return ofLong(i.value);
        }
        BigInteger b = i.big;
        long h = b.abs().mod(BIG_MODULUS).longValue();
        return fix(b.signum() < 0 ? -h : h);
    }

    /** {@code long_hash} of a value that fits in a long. */
    public static long ofLong(long v) {
        if (v == Long.MIN_VALUE) {
            // |v| = 2**63 = 2**2 * 2**61, and 2**61 is 1 modulo the prime
            return -4;
        }
        long a = Math.abs(v);
        long h = a % MODULUS;
        return fix(v < 0 ? -h : h);
    }

    /**
     * {@code _Py_HashDouble} for a finite or infinite value (NaN hashes its object's address in
     * CPython and has no value hash). A finite double is {@code m * 2**e} with an integer
     * {@code m} of at most 53 bits; since 2**61 is 1 modulo the prime, multiplying by
     * {@code 2**e} is a rotation of the 61-bit residue by {@code e mod 61}.
     */
    public static long ofDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        long bits = Double.doubleToRawLongBits(v);
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int e;
        if (exponent == 0) {
            e = -1074; // subnormal (or zero)
        } else {
            mantissa |= 1L << 52;
            e = exponent - 1075;
        }
        long x = mantissa; // < 2**53 < the modulus
        int shift = ((e % BITS) + BITS) % BITS;
        if (shift != 0 && x != 0) {
            x = ((x << shift) & MODULUS) | (x >>> (BITS - shift));
        }
        if (x >= MODULUS) {
            x -= MODULUS;
        }
        return fix(bits < 0 ? -x : x);
    }

    /** {@code complex_hash}: the parts' hashes combined, in unsigned 64-bit arithmetic. */
    public static long ofComplex(double real, double imag) {
        return fix(ofDouble(real) + IMAG * ofDouble(imag));
    }

    // ---- tuples ---------------------------------------------------------------------------

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    /** {@code tuplehash} (an xxHash variant); null if an item has no value hash. */
    public static Long ofTuple(PyTuple t) {
        long acc = XXPRIME_5;
        for (int i = 0; i < t.size(); i++) {
            Long lane = of(t.get(i));
            if (lane == null) {
                return null;
            }
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += t.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** {@code tuplehash} of items whose hashes are {@code lanes}. */
    public static long ofTupleHashes(long[] lanes) {
        long acc = XXPRIME_5;
        for (long lane : lanes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += lanes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    // ---- str and bytes --------------------------------------------------------------------

    /**
     * {@code unicode_hash}: SipHash-1-3 over the string's PEP 393 storage, one, two or four
     * little-endian bytes per code point as the widest code point requires.
     */
    public static long ofStr(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int n = s.codePointCount(0, s.length());
        int max = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[n * kind];
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            for (int b = 0; b < kind; b++) {
                data[k++] = (byte) (cp >>> (8 * b));
            }
            i += Character.charCount(cp);
        }
        return ofBytes(data);
    }

    /** {@code _Py_HashBytes}: 0 for no bytes, else SipHash-1-3 with the zero key; -1 becomes -2. */
    public static long ofBytes(byte[] data) {
        if (data.length == 0) {
            return 0;
        }
        return fix(SipHash13.hash(data));
    }

    /** {@code siphash13} of {@code Python/pyhash.c}. */
    static long siphash13(long k0, long k1, byte[] in) {
        int size = in.length;
        long b = ((long) size) << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int off = 0;
        long[] v = {v0, v1, v2, v3};
        while (size - off >= 8) {
            long mi = 0;
            for (int i = 7; i >= 0; i--) {
                mi = (mi << 8) | (in[off + i] & 0xffL);
            }
            off += 8;
            v[3] ^= mi;
            round(v);
            v[0] ^= mi;
        }
        long t = 0;
        for (int i = size - off - 1; i >= 0; i--) {
            t = (t << 8) | (in[off + i] & 0xffL);
        }
        b |= t;
        v[3] ^= b;
        round(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        round(v);
        round(v);
        round(v);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    /** {@code SINGLE_ROUND}: two {@code HALF_ROUND}s. */
    private static void round(long[] v) {
        // HALF_ROUND(v0, v1, v2, v3, 13, 16)
        v[0] += v[1];
        v[2] += v[3];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
        v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] = Long.rotateLeft(v[0], 32);
        // HALF_ROUND(v2, v1, v0, v3, 17, 21)
        v[2] += v[1];
        v[0] += v[3];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
        v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] = Long.rotateLeft(v[2], 32);
    }
}
