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
}
