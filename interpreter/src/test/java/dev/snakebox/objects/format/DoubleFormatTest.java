package dev.snakebox.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.objects.FloatRepr;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** PyOS_double_to_string's styles; the bulk is checked against CPython through format() and %. */
class DoubleFormatTest {

    @Test
    void reprStyleWithDot0IsFloatRepr() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            assertEquals(FloatRepr.repr(x), DoubleFormat.format(x, 'r', 0, DoubleFormat.ADD_DOT_0));
        }
    }

    @Test
    void signFlagSignsEverythingButKeepsNanUnsigned() {
        assertEquals("+1.5", DoubleFormat.format(1.5, 'r', 0, DoubleFormat.SIGN));
        assertEquals("+inf", DoubleFormat.format(Double.POSITIVE_INFINITY, 'g', 6, DoubleFormat.SIGN));
        assertEquals("+nan", DoubleFormat.format(-Double.NaN, 'g', 6, DoubleFormat.SIGN));
        assertEquals("-0", DoubleFormat.format(-0.0, 'g', 6, 0));
        assertEquals("0", DoubleFormat.format(-0.0, 'g', 6, DoubleFormat.NO_NEG_0));
    }

    @Test
    void upperCaseCodesChangeOnlyLetters() {
        assertEquals("1.500000E+300", DoubleFormat.format(1.5e300, 'E', 6, 0));
        assertEquals("INF", DoubleFormat.format(Double.POSITIVE_INFINITY, 'F', 6, 0));
        assertEquals("1E+16", DoubleFormat.format(1e16, 'G', 6, 0));
    }

    @Test
    void alternateFormKeepsPointAndZeros() {
        assertEquals("2.", DoubleFormat.format(2.5, 'f', 0, DoubleFormat.ALT));
        assertEquals("2.00000", DoubleFormat.format(2.0, 'g', 6, DoubleFormat.ALT));
        assertEquals("2", DoubleFormat.format(2.0, 'g', 6, 0));
    }
}
