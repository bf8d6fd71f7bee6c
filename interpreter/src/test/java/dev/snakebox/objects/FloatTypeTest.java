package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link FloatType}: {@code round()} halves to even on the exact binary value, as CPython's {@code double_round}. */
class FloatTypeTest {
    private static String round(double x, Integer n) {
        return Abstract.repr(FloatType.round(x, n == null ? PyNone.NONE : PyInt.of(n))).value();
    }

    @Test
    void roundToInt() {
        assertEquals("2", round(2.5, null));
        assertEquals("4", round(3.5, null));
        assertEquals("-2", round(-2.5, null));
        assertEquals("0", round(0.5, null));
        assertEquals("-1", round(-0.7, null));
    }

    @Test
    void roundToDigits() {
        assertEquals("2.67", round(2.675, 2));
        assertEquals("-1.0", round(-1.005, 2));
        assertEquals("3.142", round(3.14159, 3));
        assertEquals("1200.0", round(1234.5, -2));
        assertEquals("-0.0", round(-0.4, 0));
    }
}
