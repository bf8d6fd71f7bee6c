package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloatOpsTest {
    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    @Test
    void negatingAZeroFlipsItsSign() {
        // the browser's wasm engine compiles Java's -x as 0 - x: neg must not
        assertEquals(bits(-0.0), bits(FloatOps.neg(0.0)));
        assertEquals(bits(0.0), bits(FloatOps.neg(-0.0)));
        assertEquals("-0.0", FloatRepr.repr(FloatOps.neg(0.0)));
    }

    @Test
    void negatingOtherValues() {
        assertEquals(-1.5, FloatOps.neg(1.5));
        assertEquals(Double.NEGATIVE_INFINITY, FloatOps.neg(Double.POSITIVE_INFINITY));
        assertEquals(Double.MIN_VALUE, FloatOps.neg(-Double.MIN_VALUE));
    }

    @Test
    void powerOverflowCarriesLinuxErrnoArgs() {
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> FloatOps.pow(10.0, 400.0));
        assertEquals("OverflowError", e.value.type().name);
        assertEquals(34L, ((PyInt) e.value.args.get(0)).value);
        assertEquals("Numerical result out of range", ((PyStr) e.value.args.get(1)).value());
    }

    @Test
    void negativeBaseWithFractionalExponentIsComplex() {
        PyObject r = FloatOps.power(-1.0, 0.5);
        assertEquals(PyComplex.class, r.getClass());
        assertEquals(1.0, ((PyComplex) r).imag);
        assertEquals(new PyFloat(4.0).value, ((PyFloat) FloatOps.power(-2.0, 2.0)).value);
    }

    @Test
    void divmodHasItsOwnZeroDivisionText() {
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> FloatOps.divmod(1.0, 0.0));
        assertEquals("float divmod()", ((PyStr) e.value.args.get(0)).value());
        PyTuple t = FloatOps.divmod(-7.5, 2.0);
        assertEquals(-4.0, ((PyFloat) t.get(0)).value);
        assertEquals(0.5, ((PyFloat) t.get(1)).value);
    }
}
