package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.snakebox.ast.OperatorNode;
import dev.snakebox.ast.UnaryopNode;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Compile-time arithmetic: exactly CPython's results (values from python3). */
class ConstantArithmeticTest {
    private static BigInteger big(String s) {
        return new BigInteger(s);
    }

    @Test
    void intTrueDivisionIsCorrectlyRounded() {
        assertEquals(0x1.cd98a8b00a10bp+96, ConstantArithmetic.trueDivide(BigInteger.TEN.pow(30), BigInteger.valueOf(7)));
        assertEquals(0x1.5555555555555p+78,
                ConstantArithmetic.trueDivide(BigInteger.ONE.shiftLeft(80).add(BigInteger.ONE), BigInteger.valueOf(3)));
        assertEquals(-0x1.4p+3, ConstantArithmetic.trueDivide(BigInteger.TEN.pow(20),
                BigInteger.TEN.pow(19).add(BigInteger.ONE).negate()));
        assertEquals(-0x1.5555555555555p-2, ConstantArithmetic.trueDivide(BigInteger.ONE, BigInteger.valueOf(-3)));
        assertEquals(-0.0, ConstantArithmetic.trueDivide(BigInteger.ZERO, BigInteger.valueOf(-5)));
        assertNull(ConstantArithmetic.trueDivide(BigInteger.ONE, BigInteger.ZERO));
        assertNull(ConstantArithmetic.trueDivide(BigInteger.TEN.pow(400), BigInteger.ONE)); // too large for a float
    }

    @Test
    void intToFloatRoundsHalfEvenWithAllTheBits() {
        assertEquals(0x1.0000000000001p+63,
                ConstantArithmetic.toDouble(BigInteger.ONE.shiftLeft(63).add(BigInteger.valueOf(1025))));
        assertEquals(0x1.0p+63, ConstantArithmetic.toDouble(BigInteger.ONE.shiftLeft(63).add(BigInteger.valueOf(1024))));
        assertEquals(-0x1.0p+70, ConstantArithmetic.toDouble(BigInteger.ONE.shiftLeft(70).add(BigInteger.ONE).negate()));
        assertEquals(123.0, ConstantArithmetic.toDouble(BigInteger.valueOf(123)));
        assertNull(ConstantArithmetic.toDouble(BigInteger.ONE.shiftLeft(1024)));
        assertEquals(Double.MAX_VALUE, ConstantArithmetic.toDouble(big(
                new java.math.BigDecimal(Double.MAX_VALUE).toBigInteger().toString())));
    }

    @Test
    void floatDivModFollowsTheDivisorsSign() {
        double[] r = ConstantArithmetic.floatDivMod(-7.0, 2.0);
        assertEquals(-4.0, r[0]);
        assertEquals(1.0, r[1]);
        r = ConstantArithmetic.floatDivMod(7.0, -2.0);
        assertEquals(-4.0, r[0]);
        assertEquals(-1.0, r[1]);
        r = ConstantArithmetic.floatDivMod(-0.0, 1.0);
        assertEquals(-0.0, r[0]);
        assertEquals(0.0, r[1]);
        assertEquals(-4.0, ConstantArithmetic.floatDivMod(7.5, -2)[0]);
        assertEquals(1.0, ConstantArithmetic.floatDivMod(-1e-300, 1.0)[1]);
    }

    @Test
    void floatPowerSpecialCases() {
        assertEquals("1.0", ConstantArithmetic.floatPower(0.0, 0.0).repr());
        assertNull(ConstantArithmetic.floatPower(0.0, -1.0)); // ZeroDivisionError
        assertNull(ConstantArithmetic.floatPower(10.0, 400.0)); // OverflowError
        assertEquals(-8.0, ((dev.snakebox.objects.PyFloat) ConstantArithmetic.floatPower(-2.0, 3.0)).value);
        assertEquals(1.0, ((dev.snakebox.objects.PyFloat) ConstantArithmetic.floatPower(-1.0, 1e300)).value);
        assertEquals(0.0, ((dev.snakebox.objects.PyFloat) ConstantArithmetic.floatPower(0.5,
                Double.POSITIVE_INFINITY)).value);
    }

    @Test
    void complexSumsDifferencesAndProductsAsComplexObjectDoes() {
        PyObject r = ConstantArithmetic.binary(OperatorNode.Add.INSTANCE,
                PyInt.of(1), new PyComplex(0.0, 2.0));
        assertEquals("(1+2j)", r.repr());
        r = ConstantArithmetic.binary(OperatorNode.Sub.INSTANCE,
                PyInt.of(-3), new PyComplex(0.0, 4.0));
        assertEquals("(-3-4j)", r.repr());
        r = ConstantArithmetic.binary(OperatorNode.Mult.INSTANCE,
                new PyComplex(0.0, 2.0), PyInt.of(3));
        assertEquals("6j", r.repr());
        r = ConstantArithmetic.unary(UnaryopNode.USub.INSTANCE, new PyComplex(0.0, 0.0));
        assertEquals("(-0-0j)", r.repr());
        // an int too large for a float stays for run time (OverflowError there)
        assertNull(ConstantArithmetic.binary(OperatorNode.Add.INSTANCE,
                PyInt.of(BigInteger.TEN.pow(400)), new PyComplex(0.0, 1.0)));
        assertEquals("0.5j", ConstantArithmetic.binary(OperatorNode.Div.INSTANCE,
                new PyComplex(0.0, 1.0), PyInt.of(2)).repr());
    }
}
