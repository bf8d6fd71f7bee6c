package dev.snakebox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dashCSeesItsArgumentsAndAnEmptyPathEntry() {
        assertEquals(0, run("", "-c", "import sys; print(sys.argv, repr(sys.path[0]), '__file__' in globals())", "a", "-b"));
        assertEquals("['-c', 'a', '-b'] '' False\n", out());
    }

    @Test
    void aScriptSeesItsArgumentsAndItsFolder(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("prog.py");
        Files.writeString(script, "import sys\nprint(sys.argv[1:], sys.path[0] == __file__.rsplit('/', 1)[0])\n"
                + "print(sys.orig_argv[1:])\n");
        assertEquals(0, run("", script.toString(), "one", "two"));
        assertEquals("['one', 'two'] True\n['" + script + "', 'one', 'two']\n", out());
    }

    @Test
    void aScriptImportsTheModulesBesideIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("helper.py"), "def twice(x):\n    return 2 * x\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "from .inner import VALUE\n");
        Files.writeString(dir.resolve("pkg/inner.py"), "VALUE = 'inner'\n");
        Path script = dir.resolve("main.py");
        Files.writeString(script, "import helper, pkg\nprint(helper.twice(21), pkg.VALUE, pkg.inner.__name__)\n");
        assertEquals(0, run("", script.toString()));
        assertEquals("42 inner pkg.inner\n", out());
    }

    @Test
    void standardInputProgramsGetDashAsArgvZero() {
        assertEquals(9, run("import sys\nprint(sys.argv)\nsys.exit(9)\n", "-", "x"));
        assertEquals("['-', 'x']\n", out());
    }

    @Test
    void sysExitWithAnIntIsTheExitStatus() {
        assertEquals(3, run("", "-c", "import sys; print('bye'); sys.exit(3)"));
        assertEquals("bye\n", out());
        assertEquals("", err());
    }

    @Test
    void sysExitWithAStringPrintsItAndExitsWithOne() {
        assertEquals(1, run("", "-c", "import sys; sys.exit('fatal error')"));
        assertEquals("fatal error\n", err());
    }

    @Test
    void exitStatusesKeepTheirLowEightBitsAsAProcessStatusDoes() {
        assertEquals(255, run("", "-c", "raise SystemExit(-1)"));
        assertEquals(0, run("", "-c", "exit(256)"));
        assertEquals(0, run("", "-c", "raise SystemExit"));
        assertEquals(1, run("", "-c", "import sys; sys.exit(True)"));
    }

    @Test
    void anUncaughtExceptionInAnImportedModuleShowsItsSourceLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.py"), "x = 1\ny = x / 0\n");
        Path script = dir.resolve("main.py");
        Files.writeString(script, "import bad\n");
        assertEquals(1, run("", script.toString()));
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + script + "\", line 1, in <module>\n    import bad\n"
                + "  File \"" + dir.resolve("bad.py") + "\", line 2, in <module>\n    y = x / 0\n        ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", err());
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

    @Test
    void dashWOptionsAreWarningFiltersAndSysWarnoptions() {
        // python3.13 -W error -Wignore::DeprecationWarning -c ...: the last option is the first filter
        assertEquals(1, run("", "-W", "error", "-Wignore::DeprecationWarning", "-c",
                "import sys, warnings\nprint(sys.warnoptions, sys.orig_argv[1:3])\n"
                        + "warnings.warn('old', DeprecationWarning)\nwarnings.warn('stop')\n"));
        assertEquals("['error', 'ignore::DeprecationWarning'] ['-W', 'error']\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 4, in <module>\n"
                + "    warnings.warn('stop')\n    ~~~~~~~~~~~~~^^^^^^^^\nUserWarning: stop\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dashWErrorMakesACompileTimeWarningTheSyntaxError() {
        assertEquals(1, run("", "-Werror", "-c", "x = 1; print(x is 5)"));
        assertEquals("  File \"<string>\", line 1\nSyntaxError: \"is\" with 'int' literal. Did you mean \"==\"?\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dashWWithoutItsArgumentIsAUsageError() {
        assertEquals(2, run("", "-W"));
        assertEquals("Argument expected for the -W option", err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
    }
}
