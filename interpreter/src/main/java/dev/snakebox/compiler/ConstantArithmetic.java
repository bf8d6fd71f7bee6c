package dev.snakebox.compiler;

import dev.snakebox.ast.OperatorNode;
import dev.snakebox.ast.UnaryopNode;
import dev.snakebox.objects.FloatOps;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.FloatRemainder;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.math.BigInteger;

/**
 * Arithmetic on compile-time constants for the AST optimiser, with the "safe" size limits of
 * CPython's {@code Python/ast_opt.c} ({@code safe_multiply}, {@code safe_power},
 * {@code safe_lshift}, {@code safe_mod}) in front of the {@code PyNumber_*} semantics of
 * {@code Objects/longobject.c}, {@code floatobject.c} and {@code unicodeobject.c}.
 *
 * <p>A result of null means "not folded": CPython's operation raised (ZeroDivisionError,
 * OverflowError, TypeError ...) or a limit applies, and the expression is left to run time.
 * All int arithmetic goes through BigInteger: folding is rare and small, and this keeps the
 * overflow checks in one place.
 */
final class ConstantArithmetic {
    private ConstantArithmetic() {}

    /** {@code MAX_INT_SIZE}: bits. */
    static final int MAX_INT_SIZE = 128;
    /** {@code MAX_STR_SIZE}: characters. */
    static final int MAX_STR_SIZE = 4096;

    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    // ---- unary ----------------------------------------------------------------------------

    /** {@code fold_unaryop}'s table: {@code ~}, {@code not}, {@code +}, {@code -}. */
    static PyObject unary(UnaryopNode op, PyObject v) {
        switch (op.kind()) {
            case UnaryopNode.Not.KIND:
                return PyBool.of(!v.isTrue());
            case UnaryopNode.Invert.KIND:
                if (v instanceof PyBool) {
                    // PyNumber_Invert warns while folding; a warning made an error leaves ~ to run time
                    try {
                        PyBool.warnInvert();
                    } catch (dev.snakebox.objects.PyException e) {
                        return null;
                    }
                }
                return v instanceof PyInt ? PyInt.of(((PyInt) v).toBig().not()) : null;
            case UnaryopNode.UAdd.KIND:
                if (v instanceof PyComplex) {
                    return new PyComplex(((PyComplex) v).real, ((PyComplex) v).imag);
                }
                if (v instanceof PyInt) {
                    return PyInt.of(((PyInt) v).toBig());
                }
                return v instanceof PyFloat ? new PyFloat(((PyFloat) v).value) : null;
            default: // USub
                if (v instanceof PyComplex) {
                    return ConstantComplex.negate((PyComplex) v);
                }
                if (v instanceof PyInt) {
                    return PyInt.of(((PyInt) v).toBig().negate());
                }
                return v instanceof PyFloat ? new PyFloat(FloatOps.neg(((PyFloat) v).value)) : null;
        }
    }

    // ---- binary ---------------------------------------------------------------------------

    /** {@code fold_binop}'s switch. */
    static PyObject binary(OperatorNode op, PyObject v, PyObject w) {
        if (ConstantComplex.involves(v, w)) {
            return ConstantComplex.binary(op.kind(), v, w);
        }
        switch (op.kind()) {
            case OperatorNode.Add.KIND:
                if (v instanceof PyStr && w instanceof PyStr) {
                    return PyStr.of(((PyStr) v).value() + ((PyStr) w).value());
                }
                if (v instanceof PyTuple || v instanceof PyBytes) {
                    return ConstantSequences.concat(v, w);
                }
                return arith(op.kind(), v, w);
            case OperatorNode.Sub.KIND:
            case OperatorNode.Div.KIND:
            case OperatorNode.FloorDiv.KIND:
                return arith(op.kind(), v, w);
            case OperatorNode.Mult.KIND:
                return safeMultiply(v, w);
            case OperatorNode.Mod.KIND:
                // safe_mod: no str or bytes formatting
                return v instanceof PyStr || v instanceof PyBytes ? null : arith(op.kind(), v, w);
            case OperatorNode.Pow.KIND:
                return safePower(v, w);
            case OperatorNode.LShift.KIND:
                return safeLshift(v, w);
            case OperatorNode.RShift.KIND:
                return rshift(v, w);
            case OperatorNode.BitOr.KIND:
            case OperatorNode.BitXor.KIND:
            case OperatorNode.BitAnd.KIND:
                return bitwise(op.kind(), v, w);
            default: // MatMult: no built-in constant implements it
                return null;
        }
    }

    private static int numBits(BigInteger x) {
        return x.abs().bitLength();
    }

    /** {@code safe_multiply}. */
    private static PyObject safeMultiply(PyObject v, PyObject w) {
        if (v instanceof PyInt && w instanceof PyInt) {
            BigInteger a = ((PyInt) v).toBig();
            BigInteger b = ((PyInt) w).toBig();
            if (a.signum() != 0 && b.signum() != 0 && numBits(a) + numBits(b) > MAX_INT_SIZE) {
                return null;
            }
            return PyInt.of(a.multiply(b));
        }
        if (v instanceof PyInt && isSequence(w)) {
            return ConstantSequences.repeat(w, ((PyInt) v).toBig());
        }
        if (isSequence(v) && w instanceof PyInt) {
            return ConstantSequences.repeat(v, ((PyInt) w).toBig());
        }
        return arith(OperatorNode.Mult.KIND, v, w);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyBytes || o instanceof PyTuple;
    }

    /** {@code safe_power}. */
    private static PyObject safePower(PyObject v, PyObject w) {
        if (v instanceof PyInt && w instanceof PyInt) {
            BigInteger a = ((PyInt) v).toBig();
            BigInteger b = ((PyInt) w).toBig();
            if (a.signum() != 0 && b.signum() > 0) {
                if (b.bitLength() > 62) {
                    return null;
                }
                long wbits = b.longValue();
                if (numBits(a) > MAX_INT_SIZE / wbits) {
                    return null;
                }
            }
            return intPower(a, b);
        }
        return arith(OperatorNode.Pow.KIND, v, w);
    }

    /** {@code long_pow} without a modulus: a negative exponent gives a float. */
    private static PyObject intPower(BigInteger a, BigInteger b) {
        if (b.signum() < 0) {
            Double x = toDouble(a);
            Double y = toDouble(b);
            return x == null || y == null ? null : floatPower(x, y);
        }
        if (b.signum() == 0) {
            return PyInt.of(1);
        }
        if (a.signum() == 0 || a.equals(BigInteger.ONE)) {
            return PyInt.of(a);
        }
        if (a.equals(BigInteger.ONE.negate())) {
            return PyInt.of(b.testBit(0) ? -1 : 1);
        }
        // |a| >= 2 and the limit above keep the exponent small
        return PyInt.of(a.pow(b.intValue()));
    }

    /** {@code safe_lshift}. */
    private static PyObject safeLshift(PyObject v, PyObject w) {
        if (!(v instanceof PyInt && w instanceof PyInt)) {
            return null;
        }
        BigInteger a = ((PyInt) v).toBig();
        BigInteger b = ((PyInt) w).toBig();
        if (b.signum() < 0) {
            return null; // ValueError: negative shift count
        }
        if (a.signum() == 0 || b.signum() == 0) {
            return PyInt.of(a);
        }
        if (b.bitLength() > 62) {
            return null;
        }
        long wbits = b.longValue();
        if (wbits > MAX_INT_SIZE || numBits(a) > MAX_INT_SIZE - wbits) {
            return null;
        }
        return PyInt.of(a.shiftLeft((int) wbits));
    }

    private static PyObject rshift(PyObject v, PyObject w) {
        if (!(v instanceof PyInt && w instanceof PyInt)) {
            return null;
        }
        BigInteger a = ((PyInt) v).toBig();
        BigInteger b = ((PyInt) w).toBig();
        if (b.signum() < 0) {
            return null; // ValueError: negative shift count
        }
        if (b.compareTo(BigInteger.valueOf(a.bitLength())) >= 0) {
            return PyInt.of(a.signum() < 0 ? -1 : 0);
        }
        return PyInt.of(a.shiftRight(b.intValue()));
    }

    private static PyObject bitwise(int op, PyObject v, PyObject w) {
        if (!(v instanceof PyInt && w instanceof PyInt)) {
            return null;
        }
        BigInteger a = ((PyInt) v).toBig();
        BigInteger b = ((PyInt) w).toBig();
        BigInteger r = op == OperatorNode.BitOr.KIND ? a.or(b) : op == OperatorNode.BitXor.KIND ? a.xor(b) : a.and(b);
        if (v instanceof PyBool && w instanceof PyBool) {
            return PyBool.of(r.signum() != 0); // bool's own &, |, ^
        }
        return PyInt.of(r);
    }

    // ---- int and float arithmetic ---------------------------------------------------------

    /** +, -, *, /, //, %, ** on two numbers (int or float); null for anything else. */
    private static PyObject arith(int op, PyObject v, PyObject w) {
        if (v instanceof PyInt && w instanceof PyInt) {
            return intArith(op, ((PyInt) v).toBig(), ((PyInt) w).toBig());
        }
        if (!isNumber(v) || !isNumber(w)) {
            return null;
        }
        Double x = asDouble(v);
        Double y = asDouble(w);
        if (x == null || y == null) {
            return null; // OverflowError: int too large to convert to float
        }
        return floatArith(op, x, y);
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    private static Double asDouble(PyObject o) {
        return o instanceof PyFloat ? Double.valueOf(((PyFloat) o).value) : toDouble(((PyInt) o).toBig());
    }

    private static PyObject intArith(int op, BigInteger a, BigInteger b) {
        switch (op) {
            case OperatorNode.Add.KIND:
                return PyInt.of(a.add(b));
            case OperatorNode.Sub.KIND:
                return PyInt.of(a.subtract(b));
            case OperatorNode.Mult.KIND:
                return PyInt.of(a.multiply(b));
            case OperatorNode.Div.KIND: {
                Double d = trueDivide(a, b);
                return d == null ? null : new PyFloat(d);
            }
            case OperatorNode.FloorDiv.KIND: {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return PyInt.of(q);
            }
            case OperatorNode.Mod.KIND: {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger r = a.remainder(b);
                if (r.signum() != 0 && r.signum() != b.signum()) {
                    r = r.add(b);
                }
                return PyInt.of(r);
            }
            default: // Pow
                return intPower(a, b);
        }
    }

    private static PyObject floatArith(int op, double x, double y) {
        switch (op) {
            case OperatorNode.Add.KIND:
                return new PyFloat(x + y);
            case OperatorNode.Sub.KIND:
                return new PyFloat(x - y);
            case OperatorNode.Mult.KIND:
                return new PyFloat(x * y);
            case OperatorNode.Div.KIND:
                return y == 0.0 ? null : new PyFloat(x / y);
            case OperatorNode.FloorDiv.KIND:
                return y == 0.0 ? null : new PyFloat(floatDivMod(x, y)[0]);
            case OperatorNode.Mod.KIND:
                return y == 0.0 ? null : new PyFloat(floatDivMod(x, y)[1]);
            default: // Pow
                return floatPower(x, y);
        }
    }

    /** {@code _float_div_mod}: floor quotient and remainder with the sign of the divisor. */
    static double[] floatDivMod(double vx, double wx) {
        double mod = FloatRemainder.fmod(vx, wx);
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double x) {
        return FloatRemainder.fmod(Math.abs(x), 2.0) == 1.0;
    }

    /** {@code float_pow}, with its special cases before the platform pow. */
    static PyObject floatPower(double iv, double iw) {
        if (iw == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(iv)) {
            return new PyFloat(iv);
        }
        if (Double.isNaN(iw)) {
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) {
                return new PyFloat(1.0);
            }
            return new PyFloat((iw > 0.0) == (iv > 1.0) ? Math.abs(iw) : 0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return new PyFloat(odd ? iv : Math.abs(iv));
            }
            return new PyFloat(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            if (iw < 0.0) {
                return null; // ZeroDivisionError: zero to a negative power
            }
            return new PyFloat(isOddInteger(iw) ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                // float_pow: a negative number to a fractional power is complex(v) ** complex(w)
                double[] p = ConstantComplex.pow(new double[] {iv, 0.0}, new double[] {iw, 0.0});
                return p == null ? null : new PyComplex(p[0], p[1]);
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return new PyFloat(negate ? -1.0 : 1.0);
        }
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            return null; // OverflowError: Numerical result out of range
        }
        return new PyFloat(negate ? -ix : ix);
    }

    // ---- int to float ---------------------------------------------------------------------

    /** {@code PyLong_AsDouble}: correctly rounded; null if too large for a float. */
    static Double toDouble(BigInteger x) {
        if (x.bitLength() <= 63) {
            return (double) x.longValue(); // long to double rounds to nearest, ties to even
        }
        BigInteger m = x.abs();
        int shift = m.bitLength() - 55;
        // 53 bits of mantissa, a rounding bit, and a sticky bit for everything below
        long top = m.shiftRight(shift).longValue();
        if (m.getLowestSetBit() < shift) {
            top |= 1;
        }
        double d = Math.scalb((double) top, shift);
        if (Double.isInfinite(d)) {
            return null;
        }
        return x.signum() < 0 ? -d : d;
    }

    /** {@code long_true_divide}: the correctly rounded quotient; null on division by zero or overflow. */
    static Double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            return null;
        }
        boolean negate = a.signum() * b.signum() < 0 || a.signum() == 0 && b.signum() < 0;
        if (a.abs().compareTo(TWO_53) <= 0 && b.abs().compareTo(TWO_53) <= 0) {
            return (double) a.longValue() / (double) b.longValue();
        }
        if (a.signum() == 0) {
            return negate ? -0.0 : 0.0;
        }
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        // scale so that the quotient has 55 or 56 bits, then round once with a sticky bit
        int s = 56 - (x.bitLength() - y.bitLength());
        BigInteger[] qr = s >= 0 ? x.shiftLeft(s).divideAndRemainder(y) : x.divideAndRemainder(y.shiftLeft(-s));
        long q = qr[0].longValue();
        if (qr[1].signum() != 0) {
            q |= 1;
        }
        double d = Math.scalb((double) q, -s);
        if (Double.isInfinite(d)) {
            return null; // OverflowError: integer division result too large for a float
        }
        return negate ? -d : d;
    }
}
