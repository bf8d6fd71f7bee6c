package dev.snakebox.builtins.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {
    private static final String RS = "\u001e";
    private static final String US = "\u001f";

    @Test
    void parseReadsTablesInOrderAndTextsAfterTheFirstLine() {
        Topics t = Topics.parse("made by a script\n"
                + String.join(RS, "k" + US + "elif" + US + "if", "k" + US + "if" + US + "if" + US + "TRUTHVALUE",
                        "t" + US + "MAPPINGS" + US + "DICTIONARIES", "s" + US + "+" + US + "OPERATORS",
                        "d" + US + "if" + US + "The \"if\" statement\n"));
        assertEquals(List.of("elif", "if"), t.keywordNames);
        assertEquals("if", t.keywords.get("elif").alias);
        assertNull(t.keywords.get("if").alias);
        assertEquals("TRUTHVALUE", t.keywords.get("if").xrefs);
        assertEquals("DICTIONARIES", t.topics.get("MAPPINGS").alias);
        assertEquals("OPERATORS", t.symbols.get("+"));
        assertEquals("The \"if\" statement\n", t.texts.get("if"));
    }

    @Test
    void theShippedDataFileHasPydocsTables() {
        Topics t = Topics.get();
        assertNotNull(t, "pydoc_topics.txt is missing from the resources");
        assertEquals(35, t.keywordNames.size());
        assertEquals("for", t.keywords.get("for").label);
        assertEquals("break continue while", t.keywords.get("for").xrefs);
        assertEquals("OPERATORS COMPARISON", t.symbols.get("<"));
        assertTrue(t.texts.get("for").startsWith("The \"for\" statement"));
    }
}
