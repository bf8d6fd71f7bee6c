package dev.snakebox.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliserTest {
    private final Normaliser normaliser = new Normaliser(List.of("/w/golden/errors", "/real/golden/errors"));

    @Test
    void programFolderBecomesDir() {
        assertEquals("  File \"<DIR>/tb.py\", line 3, in <module>\n",
                normaliser.pathsAndAddresses("  File \"/w/golden/errors/tb.py\", line 3, in <module>\n"));
        assertEquals("<DIR>/a.py <DIR>/b.py", normaliser.pathsAndAddresses("/w/golden/errors/a.py /real/golden/errors/b.py"));
    }

    @Test
    void aLongerFolderNameIsNotRewritten() {
        assertEquals("/w/golden/errors2/x.py", normaliser.pathsAndAddresses("/w/golden/errors2/x.py"));
        assertEquals("/w/golden/errors.old", normaliser.pathsAndAddresses("/w/golden/errors.old"));
    }

    @Test
    void addressesBecomeQuestionMarks() {
        assertEquals("<code object f at 0x?, file \"x.py\", line 1>",
                Normaliser.addresses("<code object f at 0x7f3aBC01, file \"x.py\", line 1>"));
        assertEquals("0x7f3a", Normaliser.addresses("0x7f3a"));
    }

    @Test
    void disListingsNameFilesRelativeToTheProgramFolder() {
        assertEquals("<code object f at 0x1, file \"x.py\", line 1> /w/golden/errors2/y.py",
                normaliser.relativePaths("<code object f at 0x1, file \"/real/golden/errors/x.py\", line 1> "
                        + "/w/golden/errors2/y.py"));
    }
}
