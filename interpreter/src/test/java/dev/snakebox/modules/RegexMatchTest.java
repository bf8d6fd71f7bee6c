package dev.snakebox.modules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The warning filters' patterns, matched at the start of the text as {@code re.match} does. */
class RegexMatchTest {
    private static boolean m(String pattern, String text) {
        return RegexMatch.matchesAtStart(pattern, text, false);
    }

    private static boolean mi(String pattern, String text) {
        return RegexMatch.matchesAtStart(pattern, text, true);
    }

    @Test
    void aLiteralMatchesAPrefixOnly() {
        assertTrue(m("spam", "spam and eggs"));
        assertFalse(m("spam", "eggs and spam"));
        assertFalse(m("spam", "Spam"));
        assertTrue(m("", "anything"));
    }

    @Test
    void ignoreCaseFoldsBothSides() {
        assertTrue(mi("spam", "SPAM!"));
        assertTrue(mi("ΣΟΦΙΑ", "σοφια"));
        assertTrue(mi("[a-c]x", "BX"));
        assertFalse(mi("spam", "eggs"));
    }

    @Test
    void dotStarAndTheOtherRepeatsBacktrack() {
        assertTrue(m(".*eggs", "green eggs"));
        assertFalse(m(".*eggs", "green ham"));
        assertTrue(m("a+b", "aaab"));
        assertFalse(m("a+b", "b"));
        assertTrue(m("colou?r", "color"));
        assertTrue(m("x{2,3}y", "xxxy"));
        assertFalse(m("x{2,3}y", "xy"));
        assertTrue(m("x{2}", "xx"));
        assertTrue(m("a{,2}b", "ab"));
        assertTrue(m("a{x}", "a{x}"));
        assertTrue(m("<.*?>\\Z", "<a><b>"));
        assertTrue(m("(ab)*c", "ababc"));
        assertTrue(m("(a*)*b", "aaab"));
    }

    @Test
    void anchorsAndTheEndOfText() {
        assertTrue(m("mod\\Z", "mod"));
        assertFalse(m("mod\\Z", "module"));
        assertTrue(m("mod$", "mod\n"));
        assertFalse(m("mod\\Z", "mod\n"));
        assertTrue(m("^x", "x"));
        assertFalse(m("a^x", "ax"));
    }

    @Test
    void classesEscapesAndAlternatives() {
        assertTrue(m("[^0-9]+\\d", "abc7"));
        assertTrue(m("\\w+\\s\\W", "is_1 !"));
        assertTrue(m("a\\.b", "a.b"));
        assertFalse(m("a\\.b", "axb"));
        assertTrue(m("[]a]", "]"));
        assertTrue(m("[a\\-z]", "-"));
        assertTrue(m("cat|dog", "dogs"));
        assertTrue(m("(?:x|y)z", "yz"));
        assertTrue(m("(?P<name>ab)c", "abc"));
        assertTrue(m("\\x41\\u00e9", "Aé"));
    }

    @Test
    void constructsOutsideTheSubsetAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> m("(?=x)", "x"));
        assertThrows(IllegalArgumentException.class, () -> m("(a)\\1", "aa"));
        assertThrows(IllegalArgumentException.class, () -> m("(ab", "ab"));
        assertThrows(IllegalArgumentException.class, () -> m("ab)", "ab"));
        assertThrows(IllegalArgumentException.class, () -> m("[ab", "a"));
        assertThrows(IllegalArgumentException.class, () -> m("*a", "a"));
        assertThrows(IllegalArgumentException.class, () -> m("a\\", "a"));
    }
}
