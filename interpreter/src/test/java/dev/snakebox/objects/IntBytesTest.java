package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IntBytesTest {

    @Test
    void twosComplementInBothByteOrders() {
        assertArrayEquals(new byte[] {4, 0}, IntBytes.toBytes(PyInt.of(1024), PyInt.of(2), PyStr.of("big"), false).toByteArray());
        assertArrayEquals(new byte[] {0, 4}, IntBytes.toBytes(PyInt.of(1024), PyInt.of(2), PyStr.of("little"), false).toByteArray());
        assertArrayEquals(new byte[] {-1, -1, -1}, IntBytes.toBytes(PyInt.of(-1), PyInt.of(3), PyStr.of("big"), true).toByteArray());
        assertArrayEquals(new byte[] {-128}, IntBytes.toBytes(PyInt.of(-128), PyInt.of(1), PyStr.of("big"), true).toByteArray());
    }

    @Test
    void valuesThatDoNotFitAreOverflowErrors() {
        assertThrows(PyException.class, () -> IntBytes.toBytes(PyInt.of(128), PyInt.of(1), PyStr.of("big"), true));
        assertThrows(PyException.class, () -> IntBytes.toBytes(PyInt.of(-1), PyInt.of(1), PyStr.of("big"), false));
        assertThrows(PyException.class, () -> IntBytes.toBytes(PyInt.of(1), PyInt.of(1), PyStr.of("middle"), false));
    }

    @Test
    void fromBytesRoundTripsBigValues() {
        BigInteger v = BigInteger.ONE.shiftLeft(100).negate().add(BigInteger.valueOf(12345));
        PyBytes b = IntBytes.toBytes(PyInt.of(v), PyInt.of(14), PyStr.of("little"), true);
        PyObject back = IntBytes.fromBytes(PyInt.TYPE, b, PyStr.of("little"), true);
        assertEquals(v, ((PyInt) back).toBig());
        assertEquals(65535L, ((PyInt) IntBytes.fromBytes(PyInt.TYPE, new PyBytes(new byte[] {-1, -1}), PyStr.of("big"), false)).value);
        assertEquals(-2L, ((PyInt) IntBytes.fromBytes(PyInt.TYPE, new PyBytes(new byte[] {-1, -2}), PyStr.of("big"), true)).value);
    }
}
