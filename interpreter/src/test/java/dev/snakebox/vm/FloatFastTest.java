package dev.snakebox.vm;

import static dev.snakebox.bytecode.BinaryOps.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatFast}: exact floats and small ints mix as float operands; zero divisors, big ints
 * and other types are left to the slots (null); Python's floor division, modulo and power rules.
 */
class FloatFastTest {
    private static double d(PyObject o) {
        return ((PyFloat) o).value;
    }

    @Test
    void arithmeticOnFloatsAndSmallInts() {
        assertEquals(4.0, d(FloatFast.binary(NB_ADD, new PyFloat(1.5), new PyFloat(2.5))));
        assertEquals(-0.5, d(FloatFast.binary(NB_INPLACE_SUBTRACT, PyInt.of(1), new PyFloat(1.5))));
        assertEquals(3.75, d(FloatFast.binary(NB_MULTIPLY, new PyFloat(1.25), PyInt.of(3))));
        assertEquals(0.5, d(FloatFast.binary(NB_TRUE_DIVIDE, PyInt.of(1), new PyFloat(2.0))));
        assertEquals(-4.0, d(FloatFast.binary(NB_FLOOR_DIVIDE, new PyFloat(-7.0), new PyFloat(2.0))));
        assertEquals(1.0, d(FloatFast.binary(NB_REMAINDER, new PyFloat(-7.0), new PyFloat(2.0))));
        assertEquals(-0.0, d(FloatFast.binary(NB_REMAINDER, new PyFloat(4.0), new PyFloat(-2.0))));
        assertEquals(0.125, d(FloatFast.binary(NB_POWER, new PyFloat(2.0), PyInt.of(-3))));
        assertTrue(FloatFast.binary(NB_POWER, new PyFloat(-8.0), new PyFloat(1.0 / 3)) instanceof PyComplex);
    }

    @Test
    void leavesErrorsAndOtherOperandsToTheSlots() {
        assertNull(FloatFast.binary(NB_TRUE_DIVIDE, new PyFloat(1.0), new PyFloat(0.0)));
        assertNull(FloatFast.binary(NB_FLOOR_DIVIDE, new PyFloat(1.0), PyInt.of(0)));
        assertNull(FloatFast.binary(NB_REMAINDER, new PyFloat(1.0), new PyFloat(-0.0)));
        assertNull(FloatFast.binary(NB_ADD, PyInt.of(1), PyInt.of(2)));
        assertNull(FloatFast.binary(NB_ADD, new PyFloat(1.0), PyInt.of((1L << 53) + 1)));
        assertNull(FloatFast.binary(NB_ADD, new PyFloat(1.0), PyInt.of(BigInteger.TEN.pow(30))));
        assertNull(FloatFast.binary(NB_ADD, new PyFloat(1.0), PyStr.of("x")));
        assertNull(FloatFast.binary(NB_LSHIFT, new PyFloat(1.0), new PyFloat(1.0)));
    }

    @Test
    void comparisonsTreatNanAsUnordered() {
        double nan = Double.NaN;
        assertEquals(false, FloatFast.compare(0, nan, 1.0));
        assertEquals(false, FloatFast.compare(2, nan, nan));
        assertEquals(true, FloatFast.compare(3, nan, nan));
        assertEquals(true, FloatFast.compare(5, 2.0, 2.0));
        assertEquals(true, FloatFast.compare(1, -0.0, 0.0));
    }
}
