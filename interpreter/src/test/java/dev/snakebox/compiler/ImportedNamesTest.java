package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The module-scope names bound by import ({@link ImportedNames}). */
class ImportedNamesTest {
    @Test
    void importsInModuleLevelBlocksCountThoseInFunctionsDoNot() {
        String src = "import a.b, c as d\nfrom e import f, g as h\nfrom p import *\nif x:\n    import i\nelif y:\n    import j\n"
                + "else:\n    import k\ntry:\n    import l\nexcept E:\n    import m\n"
                + "def fn():\n    import n\nclass C:\n    import o\n";
        assertEquals(new HashSet<>(Arrays.asList("a", "d", "f", "h", "i", "j", "k", "l", "m")),
                ImportedNames.of(Listing.parse(src)));
    }
}
