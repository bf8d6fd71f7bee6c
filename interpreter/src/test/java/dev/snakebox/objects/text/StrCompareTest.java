package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StrCompareTest {
    /** Units that make every kind of code point: ASCII, BMP below and above the surrogates, pairs, lone surrogates. */
    private static final char[] UNITS = {'a', 'b', '\u00e9', '\ud7ff', '\ue000', '\uffff', '\ud800', '\udbff',
        '\udc00', '\udfff'};

    @Test
    void ordersByCodePointLikeCPython() {
        Random random = new Random(2024);
        for (int n = 0; n < 200_000; n++) {
            String a = randomString(random);
            String b = randomString(random);
            int expected = Integer.signum(compareCodePoints(Utf16.codePoints(a), Utf16.codePoints(b)));
            assertEquals(expected, Integer.signum(StrCompare.compare(a, b)), a + " vs " + b);
        }
    }

    private static String randomString(Random random) {
        char[] units = new char[random.nextInt(5)];
        for (int i = 0; i < units.length; i++) {
            units[i] = UNITS[random.nextInt(UNITS.length)];
        }
        return new String(units);
    }

    private static int compareCodePoints(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
