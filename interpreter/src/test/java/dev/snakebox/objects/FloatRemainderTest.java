package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FloatRemainderTest {
    private static void same(double expected, double actual) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> "expected " + expected + " got " + actual);
    }

    @Test
    void casesTeaVmWasmGotWrong() {
        same(5.0, FloatRemainder.fmod(5.0, Double.POSITIVE_INFINITY));
        same(3.469446951953614e-18, FloatRemainder.fmod(0.1, 0.01));
        same(0.09999999999999984, FloatRemainder.fmod(3.0, 0.1));
        same(4.891554850853602e-301, FloatRemainder.fmod(1e300, 1e-300));
        assertTrue(Double.isNaN(FloatRemainder.fmod(Double.POSITIVE_INFINITY, 1.0)));
    }

    @Test
    void signsZerosAndSubnormals() {
        same(-1.5, FloatRemainder.fmod(-7.5, 2.0));
        same(1.5, FloatRemainder.fmod(7.5, -2.0));
        same(-0.0, FloatRemainder.fmod(-4.0, 2.0));
        same(0.0, FloatRemainder.fmod(4.0, -4.0));
        same(Double.MIN_VALUE, FloatRemainder.fmod(Double.MIN_VALUE * 7, Double.MIN_VALUE * 2));
        assertTrue(Double.isNaN(FloatRemainder.fmod(1.0, 0.0)));
        assertTrue(Double.isNaN(FloatRemainder.fmod(Double.NaN, 1.0)));
    }

    @Test
    void agreesWithTheJvmsRemainderOnRandomBits() {
        // on the JVM, % on doubles is C's fmod: the reference for the other targets
        Random rnd = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong());
            double y = Double.longBitsToDouble(rnd.nextLong());
            double expected = x % y;
            double actual = FloatRemainder.fmod(x, y);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(actual));
            } else {
                same(expected, actual);
            }
        }
    }
}
