package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComplexMathTest {

    private static double[] c(double re, double im) {
        return new double[] {re, im};
    }

    @Test
    void productAndQuotientAreCPythons() {
        assertArrayEquals(c(5, 5), ComplexMath.prod(c(1, 2), c(3, -1)));
        assertArrayEquals(c(0.1, 0.7000000000000001), ComplexMath.quot(c(1, 2), c(3, -1))); // CPython: (0.1+0.7000000000000001j)
        assertNull(ComplexMath.quot(c(1, 1), c(0, 0)));
        // C11 Annex G: an infinite numerator over a finite divisor stays infinite
        double[] q = ComplexMath.quot(c(Double.POSITIVE_INFINITY, Double.NaN), c(1, 1));
        assertTrue(Double.isInfinite(q[0]));
    }

    @Test
    void smallIntegralPowersSquareAndOthersUsePolarForm() {
        assertArrayEquals(c(-3, 4), ComplexMath.pow(c(1, 2), c(2, 0)));
        assertArrayEquals(c(1, 0), ComplexMath.pow(c(0, 0), c(0, 0)));
        // (-8) ** 0.5 as CPython prints it: (1.7319121124709868e-16+2.8284271247461903j)
        double[] r = ComplexMath.pow(c(-8, 0), c(0.5, 0));
        assertEquals(1.7319121124709868e-16, r[0]);
        assertEquals(2.8284271247461903, r[1]);
        // 1j ** 101 goes the polar way (exponent past 100): (4.408109496293883e-15+1j)
        assertArrayEquals(c(4.408109496293883e-15, 1), ComplexMath.pow(c(0, 1), c(101, 0)));
    }

    @Test
    void powerErrorsAreZeroDivisionAndOverflow() {
        PyException zero = assertThrows(PyException.class, () -> ComplexMath.pow(c(0, 0), c(-1, 0)));
        assertEquals("ZeroDivisionError", zero.value.type().name);
        assertThrows(PyException.class, () -> ComplexMath.pow(c(0, 0), c(0, 1)));
        PyException over = assertThrows(PyException.class, () -> ComplexMath.pow(c(1e200, 1), c(200, 0)));
        assertEquals("OverflowError", over.value.type().name);
    }

    @Test
    void absolutePrefersInfinityOverNan() {
        assertEquals(5.0, ComplexMath.abs(3, -4));
        assertEquals(Double.POSITIVE_INFINITY, ComplexMath.abs(Double.NaN, Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(ComplexMath.abs(Double.NaN, 1)));
        assertThrows(PyException.class, () -> ComplexMath.abs(1.7e308, 1.7e308));
    }
}
