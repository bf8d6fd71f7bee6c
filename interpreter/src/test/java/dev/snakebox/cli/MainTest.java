package dev.snakebox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's own behaviour, beside the golden corpus that runs files through it. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aCompilerErrorInDashCCodeHasNoSourceLine() {
        // python3.13 -c break: the compiler's error line is read back from the file, and
        // "<string>" is none
        assertEquals(1, run("", "-c", "break"));
        assertEquals("  File \"<string>\", line 1\nSyntaxError: 'break' outside loop\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aParserErrorInDashCCodeShowsItsLine() {
        // the parser's errors carry the tokenizer's copy of the line
        assertEquals(1, run("", "-c", "x = = 1"));
        assertEquals("  File \"<string>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inputReadsStandardInputAsUtf8LinesSplitAtNewlines() {
        // as `printf ... | python3.13 -c ...`: a \r before \n stays, the last line needs no \n
        assertEquals(0, run("caf\u00e9\nwin\r\nlast", "-c",
                "print(repr(input('a? ')), repr(input()), repr(input('c? ')))\ntry:\n    input('d? ')\n"
                        + "except EOFError as e:\n    print(e)\n"));
        assertEquals("a? c? 'caf\u00e9' 'win\\r' 'last'\nd? EOF when reading a line\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aProgramReadFromStandardInputFindsItsInputAtItsEnd() {
        assertEquals(1, run("print('hi')\ninput('? ')\n", "-"));
        assertEquals("hi\n? ", out.toString(StandardCharsets.UTF_8));
        assertEquals("EOFError: EOF when reading a line", err.toString(StandardCharsets.UTF_8).strip().lines()
                .reduce((a, b) -> b).orElse(""));
    }
}
