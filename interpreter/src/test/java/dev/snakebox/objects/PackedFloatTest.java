package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Half and single precision packing: exact round half to even, overflow, subnormals, NaN and signed zero. */
class PackedFloatTest {
    @Test
    void halfRoundsHalfToEven() {
        assertEquals(0x3c00, PackedFloat.packHalf(1.0));
        assertEquals(0x3c00, PackedFloat.packHalf(1.00048828125)); // halfway, even below
        assertEquals(0x3c02, PackedFloat.packHalf(1.00146484375)); // halfway, even above
        assertEquals(0x3c01, PackedFloat.packHalf(1.0009765625));
        assertEquals(0x7bff, PackedFloat.packHalf(65504.0));
        assertEquals(0x7bff, PackedFloat.packHalf(65519.99));
        assertEquals(0x0001, PackedFloat.packHalf(5.960464477539063e-08));
        assertEquals(0x0000, PackedFloat.packHalf(2.9802322387695312e-08)); // half the smallest: to even zero
        assertEquals(0x0001, PackedFloat.packHalf(2.9802322387695316e-08));
        assertEquals(0x0400, PackedFloat.packHalf(6.1035156e-05)); // rounds up into the normals
        assertEquals(0x8000, PackedFloat.packHalf(-0.0));
        assertEquals(0x8000, PackedFloat.packHalf(-1e-300));
        assertEquals(0x7c00, PackedFloat.packHalf(Double.POSITIVE_INFINITY));
        assertEquals(0xfc00, PackedFloat.packHalf(Double.NEGATIVE_INFINITY));
        assertEquals(0x7e00, PackedFloat.packHalf(Double.NaN));
    }

    @Test
    void halfOverflowIsOverflowError() {
        assertThrows(PyException.class, () -> PackedFloat.packHalf(65520.0));
        assertThrows(PyException.class, () -> PackedFloat.packHalf(-1e300));
    }

    @Test
    void everyHalfRoundTrips() {
        for (int bits = 0; bits < 0x10000; bits++) {
            double v = PackedFloat.unpackHalf(bits);
            if (Double.isNaN(v)) {
                assertTrue((bits & 0x7c00) == 0x7c00 && (bits & 0x3ff) != 0);
                continue;
            }
            assertEquals(bits, PackedFloat.packHalf(v), "bits " + Integer.toHexString(bits));
        }
        assertEquals(65504.0, PackedFloat.unpackHalf(0x7bff));
        assertEquals(-2.0, PackedFloat.unpackHalf(0xc000));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(PackedFloat.unpackHalf(0x8000)));
    }

    @Test
    void singleMatchesTheJavaNarrowing() {
        double[] samples = {0.1, 1.0 / 3, 3.4028234663852886e38, 3.4028235677973366e38, 3.4028235677973362e38, 1e39, -1e39,
            1.401298464324817e-45, 7.006492321624085e-46, 7.006492321624087e-46, 1e-50, -0.0, 16777217.0, 16777219.0,
            Double.MIN_VALUE, 1.1754942106924411e-38, 1.1754943508222875e-38};
        for (double d : samples) {
            int expected = Float.floatToRawIntBits((float) d);
            assertEquals(expected, PackedFloat.packSingle(d), "value " + d);
            assertEquals((double) Float.intBitsToFloat(expected), PackedFloat.unpackSingle(expected), "value " + d);
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int i = 0; i < 100000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d)) {
                continue;
            }
            assertEquals(Float.floatToRawIntBits((float) d), PackedFloat.packSingle(d), "value " + d);
            int bits = random.nextInt();
            if (!Float.isNaN(Float.intBitsToFloat(bits))) {
                assertEquals((double) Float.intBitsToFloat(bits), PackedFloat.unpackSingle(bits));
            }
        }
    }
}
