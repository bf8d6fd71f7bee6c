package dev.snakebox.objects;

import java.math.BigInteger;

/**
 * int arithmetic; CPython's {@code Objects/longobject.c} ({@code long_add}, {@code long_mul},
 * {@code l_divmod}, {@code long_pow}, ...). Each operation tries the {@code long} path with an
 * exact overflow check and falls back to BigInteger. Division and remainder check their divisor
 * and the {@code Long.MIN_VALUE / -1} case explicitly: in wasm-gc those trap instead of throwing.
 */
public final class IntOps {
    private IntOps() {}

    /** Results larger than this many bits raise MemoryError instead of exhausting the heap. */
    static final int MAX_BITS = 1 << 26;

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.toBig().add(b.toBig()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.toBig().subtract(b.toBig()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            if (x == (int) x && y == (int) y) {
                return PyInt.of(x * y);
            }
            if (!(x == -1 && y == Long.MIN_VALUE) && !(y == -1 && x == Long.MIN_VALUE) && x != 0) {
                long r = x * y;
                if (r / x == y) {
                    return PyInt.of(r);
                }
            } else if (x == 0) {
                return PyInt.of(0);
            }
        }
        checkSize((long) a.toBig().bitLength() + b.toBig().bitLength());
        return PyInt.of(a.toBig().multiply(b.toBig()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return PyInt.of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.value == -1) {
                return PyInt.of(0);
            }
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.toBig());
        }
        return PyInt.of(r);
    }

    /** int / int: a correctly rounded float. */
    public static double trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            // Both exactly representable: IEEE division rounds correctly.
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53) && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
                return (double) x / (double) y;
            }
        }
        double d = IntTrueDivision.ratioToDouble(a.toBig(), b.toBig());
        if (Double.isInfinite(d)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return d;
    }

    /** int ** int with a non-negative exponent (a negative one goes to float). */
    public static PyInt pow(PyInt a, PyInt b) {
        if (b.big != null) {
            long base = a.big == null ? a.value : 2;
            if (base == 0 || base == 1) {
                return PyInt.of(base);
            }
            if (base == -1) {
                return PyInt.of(b.big.testBit(0) ? -1 : 1);
            }
            throw Errors.memoryError();
        }
        long e = b.value;
        if (a.big == null) {
            long x = a.value;
            if (x == 0 || x == 1) {
                return PyInt.of(e == 0 ? 1 : x);
            }
            if (x == -1) {
                return PyInt.of((e & 1) == 0 ? 1 : -1);
            }
            long result = 1;
            long base = x;
            long n = e;
            boolean overflow = false;
            while (n > 0) {
                if ((n & 1) != 0) {
                    PyInt r = mul(PyInt.of(result), PyInt.of(base));
                    if (r.big != null) {
                        overflow = true;
                        break;
                    }
                    result = r.value;
                }
                n >>= 1;
                if (n > 0) {
                    PyInt sq = mul(PyInt.of(base), PyInt.of(base));
                    if (sq.big != null) {
                        overflow = true;
                        break;
                    }
                    base = sq.value;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        BigInteger base = a.toBig();
        checkSize(base.bitLength() * e);
        if (e > Integer.MAX_VALUE) {
            throw Errors.memoryError();
        }
        return PyInt.of(base.pow((int) e));
    }

    /**
     * {@code pow(a, b, m)} for ints ({@code long_pow} with a modulus): the result has the sign of
     * {@code m}; a negative exponent uses the modular inverse of {@code a}.
     */
    public static PyInt modPow(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.toBig();
        BigInteger am = mod.abs();
        if (am.equals(BigInteger.ONE)) {
            return PyInt.of(0);
        }
        BigInteger base = a.toBig().mod(am);
        BigInteger e = b.toBig();
        if (e.signum() < 0) {
            // checked here rather than by catching BigInteger's ArithmeticException (see common.md)
            if (!base.gcd(am).equals(BigInteger.ONE)) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            base = base.modInverse(am);
            e = e.negate();
        }
        BigInteger r = base.modPow(e, am);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.subtract(am);
        }
        return PyInt.of(r);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return PyInt.of(0);
        }
        if (b.big != null) {
            throw Errors.overflow("too many digits in integer");
        }
        long n = b.value;
        if (a.big == null && n < 63) {
            long x = a.value;
            long r = x << n;
            if (r >> n == x) {
                return PyInt.of(r);
            }
        }
        checkSize(a.toBig().bitLength() + n);
        return PyInt.of(a.toBig().shiftLeft((int) n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b.big != null || b.value >= Integer.MAX_VALUE) {
            return PyInt.of(a.signum() < 0 ? -1 : 0);
        }
        long n = b.value;
        if (a.big == null) {
            return PyInt.of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        }
        return PyInt.of(a.big.shiftRight((int) n));
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value & b.value);
        }
        return PyInt.of(a.toBig().and(b.toBig()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value | b.value);
        }
        return PyInt.of(a.toBig().or(b.toBig()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value ^ b.value);
        }
        return PyInt.of(a.toBig().xor(b.toBig()));
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return PyInt.of(-a.value);
        }
        return PyInt.of(a.toBig().negate());
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) {
            return PyInt.of(~a.value);
        }
        return PyInt.of(a.big.not());
    }

    /** Compares two ints: negative, zero or positive. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.toBig().compareTo(b.toBig());
    }

    /** int to float, raising OverflowError when out of range (CPython's {@code PyLong_AsDouble}). */
    public static double toDouble(PyInt a) {
        if (a.big == null) {
            return (double) a.value;
        }
        double d = IntTrueDivision.ratioToDouble(a.big, BigInteger.ONE);
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    private static void checkSize(long bits) {
        if (bits > MAX_BITS) {
            throw Errors.memoryError();
        }
    }
}
