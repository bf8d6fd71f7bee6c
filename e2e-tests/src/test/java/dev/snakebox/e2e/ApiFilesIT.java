package dev.snakebox.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JS API's files option ({@code py.run(code, {files: {path: text}})}), on both engines: the
 * program imports a module and a package given that way, and an uncaught error's traceback goes
 * through the module's file; a later run without them cannot import them.
 */
class ApiFilesIT extends BrowserTest {
    private static final String PROGRAM = String.join("\n",
            "import helper",
            "from pkg import NAME",
            "import pkg.inner",
            "print(helper.twice(21), NAME, pkg.inner.__name__)",
            "print(helper.__file__, pkg.__file__)",
            "helper.fail(0)",
            "");
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("helper.py", "def twice(x):\n    return 2 * x\n\n\ndef fail(x):\n    return 1 / x\n");
        FILES.put("pkg/__init__.py", "from .inner import NAME\n");
        FILES.put("pkg/inner.py", "NAME = 'inner'\n");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aProgramImportsTheFilesGivenAndItsTracebackGoesThroughThem(Engine engine) {
        PlaygroundPage page = open(engine);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.withModule(String.join("\n",
                "const py = await Snakebox.load({ engine: args[0] });",
                "const withFiles = await py.run(args[1], { files: args[2] });",
                "const without = await py.run('import helper\\n');",
                "let rejected = null;",
                "try { await py.run('pass', { files: { 'x.py': 42 } }); } catch (e) { rejected = e.name + ': ' + e.message; }",
                "py.dispose();",
                "done({ stdout: withFiles.stdout, stderr: withFiles.stderr, exitCode: withFiles.exitCode,",
                "       withoutStderr: without.stderr, withoutExitCode: without.exitCode, rejected });"),
                engine.id, PROGRAM, FILES);
        assertNull(r.get("failure"));
        Output expected = JvmInterpreter.run(PROGRAM, FILES);
        assertEquals("42 inner pkg.inner\n/helper.py /pkg/__init__.py\n", r.get("stdout"));
        String stderr = (String) r.get("stderr");
        assertTrue(stderr.contains("  File \"/helper.py\", line 6, in fail\n    return 1 / x\n"), stderr);
        assertTrue(stderr.endsWith("ZeroDivisionError: division by zero\n"), stderr);
        assertEquals(expected.stdout(), r.get("stdout"), "the same as on the JVM");
        assertEquals(expected.stderr(), stderr, "the same as on the JVM");
        assertEquals(1L, ((Number) r.get("exitCode")).longValue());

        assertEquals(JvmInterpreter.run("import helper\n").stderr(), r.get("withoutStderr"));
        assertTrue(((String) r.get("withoutStderr")).endsWith("ModuleNotFoundError: No module named 'helper'\n"));
        assertEquals(1L, ((Number) r.get("withoutExitCode")).longValue());
        assertEquals("TypeError: Snakebox.run: files[\"x.py\"] must be a string, not number", r.get("rejected"));
    }
}
