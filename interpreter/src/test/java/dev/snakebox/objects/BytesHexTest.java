package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BytesHexTest {

    private static byte[] b(int... v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) v[i];
        }
        return out;
    }

    @Test
    void hexGroupsFromTheRightOrTheLeft() {
        byte[] s = b('a', 'b', 'c', 'd', 'e');
        assertEquals("6162636465", BytesHex.hex(s, null, PyInt.of(1)));
        assertEquals("61-6263-6465", BytesHex.hex(s, PyStr.of("-"), PyInt.of(2)));
        assertEquals("6162-6364-65", BytesHex.hex(s, PyStr.of("-"), PyInt.of(-2)));
        assertThrows(PyException.class, () -> BytesHex.hex(s, PyStr.of("::"), PyInt.of(1)));
    }

    @Test
    void fromHexSkipsWhitespaceBetweenPairsOnly() {
        assertArrayEquals(b(0xde, 0xad, 0xbe, 0xef), BytesHex.fromHex(" de ad\tbeef "));
        PyException e = assertThrows(PyException.class, () -> BytesHex.fromHex("ab c"));
        assertEquals("non-hexadecimal number found in fromhex() arg at position 4", ((PyStr) e.value.args.get(0)).value());
    }
}
