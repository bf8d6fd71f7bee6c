package dev.snakebox.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.snakebox.Console;
import dev.snakebox.Run;
import dev.snakebox.modules.MemoryFileSystem;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The browser set run on the JVM exactly as WebEntry runs it in the page (/main.py, the files in
 * memory, paused in slices, the stdin lines given at each input()): it must print what the
 * oracle printed, so that a failure of GoldenSetIT is an engine difference, never the set's or
 * the path rewriting's. Runs with the unit tests, in seconds, without a browser.
 */
class BrowserSetOnTheJvmTest {
    static List<LangGolden> programs() {
        return LangGolden.all();
    }

    @Test
    void theListNamesEachProgramOnce() {
        List<String> paths = LangGolden.listed();
        assertEquals(paths.size(), paths.stream().distinct().count(), "a program listed twice");
        assertFalse(paths.size() < 40, "the browser set has only " + paths.size() + " programs");
    }

    @Test
    void theOraclesPathsReadAsThePageNamesThem() {
        assertEquals("File \"/main.py\", line 3\n/mods/x.py /", LangGolden.forThePage(
                "File \"<DIR>/prog.py\", line 3\n<DIR>/mods/x.py <DIR>", "prog.py"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatCPythonPrintsWhenRunAsThePageRunsIt(LangGolden program) {
        MemoryFileSystem fs = new MemoryFileSystem();
        for (Map.Entry<String, String> f : program.files().entrySet()) {
            fs.put(f.getKey(), f.getValue());
        }
        fs.put(JvmInterpreter.PATH, program.source());
        Run.Options options = new Run.Options();
        options.program.files = fs;
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        Run run = Run.start(program.source(), JvmInterpreter.PATH, new Console() {
            @Override
            public void stdout(String text) {
                stdout.append(text);
            }

            @Override
            public void stderr(String text) {
                stderr.append(text);
            }
        }, options);
        Deque<String> lines = new ArrayDeque<>(program.stdin() == null ? List.of() : stdinLines(program.stdin()));
        while (run.status() != Run.FINISHED) {
            run.resume(run.status() == Run.INPUT ? lines.poll() : null);
        }
        String out = GoldenProgram.normalise(stdout.toString());
        String err = GoldenProgram.normalise(stderr.toString());
        assertAll(program.path(),
                () -> assertEquals(program.stdout(), out, "stdout"),
                () -> assertEquals(program.stderr(), err, "stderr"),
                () -> assertEquals(program.exitCode(), run.exitCode(), "exit status"));
    }

    /** As snakebox.mjs splits options.stdin: at "\n", a last line without one counts. */
    private static List<String> stdinLines(String text) {
        List<String> lines = new java.util.ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
