package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HypotTest {
    @Test
    void noOverflowOrUnderflowInBetween() {
        assertEquals(1.4142135623730951e+308, Hypot.hypot(1e308, 1e308));
        assertEquals(1.4142135623730951e-308, Hypot.hypot(1e-308, 1e-308));
        assertEquals(5e-320, Hypot.hypot(3e-320, 4e-320), 1e-323);
        assertEquals(5.0, Hypot.hypot(-3.0, 4.0));
    }

    @Test
    void infinitiesWinOverNan() {
        assertEquals(Double.POSITIVE_INFINITY, Hypot.hypot(Double.NEGATIVE_INFINITY, Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, Hypot.hypot(Double.NaN, Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(Hypot.hypot(Double.NaN, 1.0)));
        assertEquals(2.0, Hypot.hypot(0.0, -2.0));
    }

    @Test
    void roundsAsTheCLibraryOfCPythonDoes() {
        // abs(complex(x, y)) as CPython 3.13 (the oracle) prints it; the JDK's Math.hypot gives
        // the neighbouring double for each of these
        assertEquals(6.695067601884257e+125, Hypot.hypot(5.653866695914777e+125, 3.585766525950337e+125));
        assertEquals(1.5269546875627447e-304, Hypot.hypot(1.5269546873051988e-304, 2.804500041023947e-309));
        assertEquals(2.490825785818067e-188, Hypot.hypot(1.791484157665157e-188, 1.7305483547508732e-188));
    }
}
