package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link LongDigits}: the same text as {@link Long#toString(long, int)} on both sides of the int range. */
class LongDigitsTest {
    @Test
    void agreesWithLongToStringAtTheIntBoundaries() {
        long[] values = {0, 1, -1, 9, 10, -10, 255, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE + 1L,
            Integer.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L, -987654321};
        for (long v : values) {
            for (int radix : new int[] {2, 8, 10, 16}) {
                assertEquals(Long.toString(v, radix), LongDigits.toString(v, radix), v + " in base " + radix);
            }
            assertEquals(Long.toString(v), LongDigits.toString(v));
        }
    }
}
