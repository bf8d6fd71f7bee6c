package dev.snakebox.builtins.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicPagesTest {

    @Test
    void wrapFillsLinesUpToTheWidthWithWholeWords() {
        // the lines as Python's textwrap.wrap(text, 72) gives them: a line may be exactly 72 wide
        String text = "Related help topics: lambda, or, and, not, in, is, BOOLEAN, COMPARISONX, BITWISE\n";
        List<String> lines = TopicPages.wrap(text, 72);
        assertEquals(List.of("Related help topics: lambda, or, and, not, in, is, BOOLEAN, COMPARISONX,", "BITWISE"), lines);
        assertEquals(List.of("Related help topics: lambda, or, and, not, in, is, BOOLEAN, COMPARISON,",
                "BITWISE, SHIFTING, BINARY"),
                TopicPages.wrap("Related help topics: lambda, or, and, not, in, is, BOOLEAN, COMPARISON, BITWISE, SHIFTING, BINARY\n", 72));
    }

    @Test
    void plainRemovesBackspaceOverstrikes() {
        assertEquals("bold", TopicPages.plain("b\bbo\bol\bld\bd"));
        assertEquals("no change", TopicPages.plain("no change"));
    }
}
