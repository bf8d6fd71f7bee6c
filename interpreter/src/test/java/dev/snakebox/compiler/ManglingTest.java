package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Mangling}: {@code _Py_Mangle}'s rules. */
class ManglingTest {
    @Test
    void privateNamesGetTheClassNameWithoutLeadingUnderscores() {
        assertEquals("_Ham__spam", Mangling.mangle("Ham", "__spam"));
        assertEquals("_Ham__spam", Mangling.mangle("__Ham", "__spam"));
        assertEquals("_Ham___spam_", Mangling.mangle("_Ham", "___spam_"));
    }

    @Test
    void otherNamesAreLeftAlone() {
        assertEquals("__spam", Mangling.mangle(null, "__spam"));
        assertEquals("_spam", Mangling.mangle("Ham", "_spam"));
        assertEquals("__init__", Mangling.mangle("Ham", "__init__"));
        assertEquals("__", Mangling.mangle("Ham", "__"));
        assertEquals("_", Mangling.mangle("Ham", "_"));
        assertEquals("__pkg.mod", Mangling.mangle("Ham", "__pkg.mod"));
        assertEquals("__spam", Mangling.mangle("___", "__spam"));
    }
}
