package dev.snakebox.builtins.help;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InspectTest {

    @Test
    void cleandocRemovesTheCommonIndentationOfLaterLines() {
        assertEquals("Summary.\n\nBody\n    indented more", Inspect.cleandoc("Summary.\n\n    Body\n        indented more\n    "));
        assertEquals("One line.", Inspect.cleandoc("   One line.   ".stripTrailing()));
    }

    @Test
    void cleandocExpandsTabsAndDropsBlankEnds() {
        // the first non-blank line after blank ones counts for the margin (inspect.cleandoc)
        assertEquals("Tab     x\n        second", Inspect.cleandoc("\n\nTab\tx\n\tsecond\n\n"));
        assertEquals("Top\nx\n  y", Inspect.cleandoc("Top\n\tx\n\t  y"));
    }

    @Test
    void crampedReprsKeepBothEnds() {
        assertEquals("abc", TextRepr.cram("abc", 10));
        assertEquals("0123...cdef", TextRepr.cram("0123456789abcdef", 11));
        assertEquals(10, TextRepr.cram("x".repeat(50), 10).length());
    }

    @Test
    void stripIdRemovesTheAddressOnlyAtTheEnd() {
        assertEquals("<object object>", TextRepr.stripId("<object object at 0x7f3a12345678>"));
        assertEquals("<a at 0x12> tail", TextRepr.stripId("<a at 0x12> tail"));
    }

    @Test
    void splitdocSeparatesTheSynopsisWhenABlankLineFollows() {
        assertArrayEquals(new String[] {"Top.", "Rest\nmore"}, TextDoc.splitdoc("Top.\n\nRest\nmore"));
        assertArrayEquals(new String[] {"", "Top.\nRest"}, TextDoc.splitdoc("Top.\nRest"));
        assertArrayEquals(new String[] {"Only.", ""}, TextDoc.splitdoc("Only."));
    }

    @Test
    void indentStripsTrailingSpacesOfEachLine() {
        assertEquals(" |  a\n |\n |  b", TextDoc.indent("a\n\nb", " |  "));
        assertEquals("", TextDoc.indent("", "    "));
    }
}
