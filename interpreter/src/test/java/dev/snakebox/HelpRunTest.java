package dev.snakebox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code help()} with no argument reads its requests with {@code input('help> ')} from inside the
 * built-in: on the JVM it prints what CPython 3.13 prints for the same stdin (the expected output
 * was written by the oracle: {@code py313 help_interactive.py < help_interactive.in}); paused as
 * in the browser, that input is the documented "cannot pause" RuntimeError. Not a golden program
 * for that reason: PausingGoldenTest runs every golden paused.
 */
class HelpRunTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = HelpRunTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void interactiveHelpAnswersRequestsUntilQuitThenStopsAtEndOfInput() throws IOException {
        String source = resource("help_interactive.py");
        String[] lines = resource("help_interactive.in").split("\n");
        ScriptedConsole console = new ScriptedConsole(lines);
        int status = Snakebox.run(source, "help_interactive.py", console);
        assertEquals(0, status, console.err.toString());
        assertEquals(resource("help_interactive.out"), console.out.toString());
    }

    @Test
    void interactiveHelpAnswersKeywordsTopicsAndSymbols() throws IOException {
        String source = resource("help_topics_interactive.py");
        ScriptedConsole console = new ScriptedConsole(resource("help_topics_interactive.in").split("\n"));
        int status = Snakebox.run(source, "help_topics_interactive.py", console);
        assertEquals(0, status, console.err.toString());
        assertEquals(resource("help_topics_interactive.out"), console.out.toString());
    }

    @Test
    void withoutTheTopicsFileAKeywordGetsPydocsMessageForAMissingPydocData() {
        // what the oracle prints for help('if') with no pydoc_data installed (as Pyodide's is)
        String sorry = "\nSorry, topic and keyword documentation is not available because the\n"
                + "module \"pydoc_data.topics\" could not be found.\n\n";
        dev.snakebox.data.DataFiles.setFetcher(name -> null);
        try {
            ScriptedConsole console = new ScriptedConsole();
            assertEquals(0, Snakebox.run("help('if')\nhelp('while')\n", "t.py", console), console.err.toString());
            assertEquals(sorry + sorry, console.out.toString());
        } finally {
            dev.snakebox.data.DataFiles.setFetcher(null);
        }
        ScriptedConsole console = new ScriptedConsole();
        assertEquals(0, Snakebox.run("help('if')\n", "t.py", console), console.err.toString());
        assertTrue(console.out.toString().startsWith("The \"if\" statement\n"), console.out.toString());
    }

    @Test
    void interactiveHelpPausesForEachRequestAsTheBrowserRunsIt() {
        // the same requests without pausing: help() reading them from the console
        ScriptedConsole whole = new ScriptedConsole("len", "'quit'");
        assertEquals(0, Snakebox.run("help()\nprint('after')\n", "t.py", whole), whole.err.toString());
        ScriptedConsole console = new ScriptedConsole("len", "'quit'");
        int[] pauses = new int[8];
        Run run = RunTest.drive("help()\nprint('after')\n", console, 1000, pauses);
        assertEquals(Run.FINISHED, run.status());
        assertEquals("", console.err.toString());
        // pydoc's loop runs as Python code, so each input('help> ') is a pause of the run
        assertEquals(2, pauses[Run.INPUT]);
        assertEquals(whole.out.toString(), console.out.toString());
        assertTrue(console.out.toString().contains("\nhelp> Help on built-in function len in module builtins:\n"),
                console.out.toString());
        assertTrue(console.out.toString().endsWith("the help> prompt.\nafter\n"), console.out.toString());
    }
}
