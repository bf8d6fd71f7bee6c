package dev.snakebox.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GapReasonTest {
    private static final String SYNTAX_ERROR = "  File \"/x/a.py\", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n";

    @Test
    void aValidProgramTheParserRejectsIsNotParsedYet() {
        assertEquals("not parsed yet: line 3: SyntaxError: invalid syntax",
                GapReason.forValid("Module()\n", "", SYNTAX_ERROR, 1));
    }

    @Test
    void aValidProgramWithAnotherAstNamesTheFirstDifferentLine() {
        assertEquals("AST differs: line 2 is `   body=[Pass()])`, expected `   body=[Break()])`",
                GapReason.forValid("Module(\n   body=[Break()])\n", "Module(\n   body=[Pass()])\n", "", 0));
    }

    @Test
    void aValidProgramTheCompilerRejectsIsNotCompiledYet() {
        assertEquals("not compiled yet: NotImplementedError: compiling Match is not supported yet",
                GapReason.forDis("  1  RESUME 0\n", "",
                        "NotImplementedError: compiling Match is not supported yet\n", 1));
    }

    @Test
    void aDisassemblyThatDiffersNamesTheFirstDifferentLine() {
        assertEquals("dis differs: line 1 is `  0 NOP`, expected `  0 RESUME 0`",
                GapReason.forDis("  0 RESUME 0\n", "  0 NOP\n", "", 0));
    }

    @Test
    void anInternalErrorIsNamed() {
        assertEquals("internal error: java.lang.IllegalStateException: boom",
                GapReason.forValid("Module()\n", "",
                        "SystemError: internal error in Snakebox: java.lang.IllegalStateException: boom\n    at x\n", 1));
    }

    @Test
    void anInvalidProgramThatIsAcceptedSaysWhatCPythonSays() {
        assertEquals("accepted: CPython says SyntaxError: invalid syntax",
                GapReason.forInvalid(SYNTAX_ERROR, "", "", 0));
    }

    @Test
    void anInvalidProgramThatStartsRunningIsNamed() {
        assertEquals("starts running: CPython says SyntaxError: invalid syntax",
                GapReason.forInvalid(SYNTAX_ERROR, "1\n", "NameError: name 'x' is not defined\n", 1));
    }

    @Test
    void anotherMessageQuotesBoth() {
        assertEquals("says `SyntaxError: expected ':'`, CPython `SyntaxError: invalid syntax`",
                GapReason.forInvalid(SYNTAX_ERROR, "", "SyntaxError: expected ':'\n", 1));
    }

    @Test
    void theSameMessageElsewhereNamesTheLine() {
        String elsewhere = SYNTAX_ERROR.replace("        ^", "      ^");
        assertEquals("same message, but line 3 is `      ^`, expected `        ^`", GapReason.forInvalid(SYNTAX_ERROR, "", elsewhere, 1));
    }

    @Test
    void reasonsStayOnOneShortLine() {
        String reason = GapReason.oneLine("a\nb\tc`" + "x".repeat(200));
        assertTrue(reason.length() <= 100 && !reason.contains("\n") && !reason.contains("`"), reason);
    }
}
