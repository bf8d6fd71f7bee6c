package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link PyStr#concat}: long results share a growing buffer, yet every string keeps its own text. */
class PyStrConcatTest {
    private static final String LONG = "x".repeat(300);

    @Test
    void appendingToTheLastStringOfABufferKeepsEarlierOnesIntact() {
        PyStr a = PyStr.concat(PyStr.of(LONG), PyStr.of("1"));
        PyStr b = PyStr.concat(a, PyStr.of("2"));
        PyStr c = PyStr.concat(b, PyStr.of("3"));
        assertEquals(LONG + "1", a.value());
        assertEquals(LONG + "12", b.value());
        assertEquals(LONG + "123", c.value());
    }

    @Test
    void appendingToAStringThatIsNoLongerLastCopiesIt() {
        PyStr a = PyStr.concat(PyStr.of(LONG), PyStr.of("a"));
        PyStr b = PyStr.concat(a, PyStr.of("b"));
        PyStr c = PyStr.concat(a, PyStr.of("c"));
        assertEquals(LONG + "ab", b.value());
        assertEquals(LONG + "ac", c.value());
        assertEquals(LONG + "a", a.value());
        assertEquals(302, c.length());
    }

    @Test
    void aStringAskedForItsTextCanStillGrow() {
        PyStr a = PyStr.concat(PyStr.of(LONG), PyStr.of("a"));
        assertEquals(LONG + "a", a.value());
        PyStr b = PyStr.concat(a, PyStr.of("b"));
        assertEquals(LONG + "ab", b.value());
        assertEquals(LONG + "a", a.value());
    }

    @Test
    void lengthCountsCodePointsWhenAPairIsAppended() {
        PyStr a = PyStr.concat(PyStr.of(LONG), PyStr.of("\u00e9"));
        assertEquals(301, a.length());
        PyStr b = PyStr.concat(a, PyStr.of("\uD83D\uDE00"));
        assertEquals(302, b.length());
        assertEquals("\uD83D\uDE00", b.charAt(301).value());
        PyStr c = PyStr.concat(b, PyStr.of("z"));
        assertEquals(303, c.length());
        assertEquals("z", c.charAt(302).value());
    }

    @Test
    void hashAndEqualityUseTheWholeText() {
        PyStr built = PyStr.EMPTY;
        for (int i = 0; i < 1000; i++) {
            built = PyStr.concat(built, PyStr.of(Integer.toString(i % 10)));
        }
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            expected.append(i % 10);
        }
        assertEquals(1000, built.length());
        assertEquals(PyHash.ofStr(expected.toString()), built.hash());
        assertTrue(built.isTrue());
    }

    @Test
    void shortResultsAreCopiedPlainly() {
        PyStr a = PyStr.concat(PyStr.of("ab"), PyStr.of("cd"));
        assertEquals("abcd", a.value());
        assertEquals(4, a.length());
    }
}
