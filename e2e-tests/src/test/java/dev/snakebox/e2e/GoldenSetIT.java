package dev.snakebox.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The browser set (resources/browser-goldens.txt): golden programs of the interpreter's corpus
 * covering every area, run in the page on both engines and compared with what CPython 3.13
 * printed (stdout, stderr, exit status). A program that needs standard input or other files
 * runs through the JS API (stdin, files) in the same page; the others run in the playground's
 * Execute pane. One page, and one API engine, per engine for the whole set: opening a page and
 * loading an engine cost more than most programs take.
 */
class GoldenSetIT extends BrowserTest {
    /** The longest a program of the set may take on the slower (JS) engine. */
    private static final Duration PROGRAM_TIMEOUT = Duration.ofSeconds(60);

    private PlaygroundPage page;
    private Engine pageEngine;

    static Stream<Arguments> programsOnEngines() {
        List<LangGolden> programs = LangGolden.all();
        List<Arguments> cases = new ArrayList<>();
        for (Engine engine : Engine.values()) {
            for (LangGolden program : programs) {
                cases.add(Arguments.of(engine, program));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("programsOnEngines")
    void printsWhatCPythonPrints(Engine engine, LangGolden program) {
        Output actual = program.needsApi() ? throughTheApi(engine, program) : inTheExecutePane(engine, program);
        assertAll(program.path() + " on " + engine.id,
                () -> assertEquals(program.stdout(), actual.stdout(), "stdout"),
                () -> assertEquals(program.stderr(), actual.stderr(), "stderr"),
                () -> assertEquals(program.exitCode(), actual.exitCode(), "exit status"));
    }

    private PlaygroundPage pageFor(Engine engine) {
        if (page == null || pageEngine != engine) {
            page = open(engine);
            pageEngine = engine;
            driver.manage().timeouts().scriptTimeout(PROGRAM_TIMEOUT);
        }
        return page;
    }

    private Output inTheExecutePane(Engine engine, LangGolden program) {
        PlaygroundPage p = pageFor(engine);
        p.setCode(program.source());
        int before = p.completedRuns();
        p.clickRun();
        p.waitForRunsAfter(before, PROGRAM_TIMEOUT);
        Integer exitCode = p.exitCode();
        assertEquals("exited", p.runStatus(), "how the run ended");
        return new Output(GoldenProgram.normalise(p.stdout("execute-pane")),
                GoldenProgram.normalise(p.stderr("execute-pane")), exitCode == null ? -1 : exitCode);
    }

    private Output throughTheApi(Engine engine, LangGolden program) {
        PlaygroundPage p = pageFor(engine);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) p.withModule(String.join("\n",
                "const engines = window.goldenSetEngines ??= {};",
                "const py = engines[args[0]] ??= await Snakebox.load({ engine: args[0] });",
                "const options = { files: args[3] };",
                "if (args[2] !== null) options.stdin = args[2];",
                "const r = await py.run(args[1], options);",
                "done({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, status: r.status,",
                "       error: r.error ? r.error.name + ': ' + r.error.message : null });"),
                engine.id, program.source(), program.stdin(), program.files());
        assertNull(r.get("failure"), "the API call failed");
        assertNull(r.get("error"), "the engine crashed");
        assertEquals("exited", r.get("status"), "how the run ended");
        return new Output(GoldenProgram.normalise((String) r.get("stdout")),
                GoldenProgram.normalise((String) r.get("stderr")), ((Number) r.get("exitCode")).intValue());
    }
}
