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
}
