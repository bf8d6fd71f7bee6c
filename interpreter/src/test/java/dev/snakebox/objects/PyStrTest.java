package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link PyStr}: lengths and indexes count code points; one-character Latin-1 strings are shared. */
class PyStrTest {
    @Test
    void codePointIndexing() {
        PyStr s = PyStr.of("a\uD83D\uDE00b");
        assertEquals(3, s.length());
        assertEquals("\uD83D\uDE00", s.charAt(1).value());
        assertEquals("b", s.charAt(2).value());
        assertEquals("\uD83D\uDE00b", s.substring(1, 3).value());
        assertEquals(3, s.offsetOf(2));
    }

    @Test
    void latin1CharactersAreShared() {
        assertSame(PyStr.of("x"), PyStr.ofChar('x'));
        assertSame(PyStr.intern("name"), PyStr.intern(new String("name")));
    }

    @Test
    void hashIsCPythons() {
        assertEquals(PyHash.ofStr("abc"), PyStr.of("abc").hash());
        assertEquals(0, PyStr.EMPTY.hash());
    }
}
