package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloatHexTest {

    @Test
    void normalSubnormalAndSpecialValues() {
        assertEquals("0x1.8000000000000p+0", FloatHex.hex(1.5));
        assertEquals("-0x1.4000000000000p+1", FloatHex.hex(-2.5));
        assertEquals("0x1.999999999999ap-4", FloatHex.hex(0.1));
        assertEquals("0x0.0000000000001p-1022", FloatHex.hex(Double.MIN_VALUE));
        assertEquals("0x1.fffffffffffffp+1023", FloatHex.hex(Double.MAX_VALUE));
        assertEquals("-0x0.0p+0", FloatHex.hex(-0.0));
        assertEquals("inf", FloatHex.hex(Double.POSITIVE_INFINITY));
        assertEquals("nan", FloatHex.hex(Double.NaN));
    }

    @Test
    void parseHexReadsBackWhatHexWrites() {
        double[] values = {1.5, 0.1, Double.MIN_VALUE, Double.MAX_VALUE, 1e-310, -123.456, 2.2250738585072014e-308};
        for (double v : values) {
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(FloatParser.parseHex(FloatHex.hex(v))), FloatHex.hex(v));
        }
    }
}
