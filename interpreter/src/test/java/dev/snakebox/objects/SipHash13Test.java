package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link SipHash13} on 32-bit halves agrees with the 64-bit reference {@code PyHash.siphash13}. */
class SipHash13Test {
    @Test
    void agreesWithTheLongVersion() {
        long seed = 12345;
        for (int len = 0; len <= 64; len++) {
            for (int rep = 0; rep < 20; rep++) {
                byte[] b = new byte[len];
                for (int i = 0; i < len; i++) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    b[i] = (byte) (seed >>> 56);
                }
                assertEquals(PyHash.siphash13(0, 0, b), SipHash13.hash(b), "length " + len);
            }
        }
    }

    @Test
    void strHashesAreCPythons() {
        // 64-bit CPython 3.13, PYTHONHASHSEED=0
        assertEquals(PyHash.ofStr("a"), PyStr.of("a").hash());
        assertEquals(0, PyHash.ofStr(""));
    }
}
