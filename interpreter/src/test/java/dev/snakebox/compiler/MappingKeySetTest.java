package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyStr;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Literal keys compare as in a Python set (facts checked with python3: {1, 1.0, True} has one item). */
class MappingKeySetTest {
    @Test
    void equalNumbersOfDifferentTypesAreOneKey() {
        MappingKeySet s = new MappingKeySet();
        assertTrue(s.add(PyInt.of(1)));
        assertFalse(s.add(new PyFloat(1.0)));
        assertFalse(s.add(PyBool.TRUE));
        assertFalse(s.add(new PyComplex(1.0, 0.0)));
        assertTrue(s.add(new PyComplex(1.0, 1.0)));
        assertFalse(s.add(new PyComplex(1.0, 1.0)));
        assertTrue(s.add(new PyFloat(1.5)));
        assertFalse(s.add(new PyComplex(1.5, -0.0)));
    }

    @Test
    void zeroAndNegativeZeroAreOneKey() {
        MappingKeySet s = new MappingKeySet();
        assertTrue(s.add(new PyFloat(-0.0)));
        assertFalse(s.add(PyInt.of(0)));
        assertFalse(s.add(PyBool.FALSE));
        assertFalse(s.add(new PyComplex(0.0, -0.0)));
    }

    @Test
    void largeIntegralFloatsEqualTheirInt() {
        MappingKeySet s = new MappingKeySet();
        assertTrue(s.add(new PyFloat(1e20)));
        assertFalse(s.add(PyInt.of(new BigInteger("100000000000000000000"))));
        assertTrue(s.add(PyInt.of(new BigInteger("100000000000000000001"))));
        assertTrue(s.add(new PyFloat(-0x1p70)));
        assertFalse(s.add(PyInt.of(BigInteger.ONE.shiftLeft(70).negate())));
        assertTrue(s.add(new PyFloat(Double.POSITIVE_INFINITY)));
        assertFalse(s.add(new PyFloat(Double.POSITIVE_INFINITY)));
        assertTrue(s.add(new PyFloat(Double.NEGATIVE_INFINITY)));
    }

    @Test
    void strBytesAndNoneAreDistinct() {
        MappingKeySet s = new MappingKeySet();
        assertTrue(s.add(PyStr.of("1")));
        assertTrue(s.add(new PyBytes(new byte[] {'1'})));
        assertTrue(s.add(PyInt.of(1)));
        assertTrue(s.add(PyNone.NONE));
        assertFalse(s.add(PyStr.of("1")));
        assertFalse(s.add(new PyBytes(new byte[] {'1'})));
        assertFalse(s.add(PyNone.NONE));
    }
}
