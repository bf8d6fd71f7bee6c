package dev.snakebox.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run that pauses: input() typed into the page, Stop while the program waits, time.sleep()
 * (the output before it shows during it; Stop ends it), deep recursion on the stackless loop,
 * and the JS API's stdin and onInput, on both engines.
 */
class PauseIT extends BrowserTest {
    private static final String TWO_QUESTIONS = String.join("\n",
            "print('before')",
            "name = input('Name? ')",
            "print('between', name)",
            "age = input('Age? ')",
            "print('after', name, int(age) + 1)",
            "");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twoLinesTypedIntoThePageAreWhatInputReturns(Engine engine) {
        PlaygroundPage page = open(engine);
        page.setCode(TWO_QUESTIONS);
        int before = page.completedRuns();
        page.clickRun();
        page.waitForInputField();
        assertEquals("before\nName? ", page.executeText(), "what the pane shows while waiting for the first line");
        page.typeLine("Ada");
        page.waitForInputField();
        assertEquals("before\nName? Ada\nbetween Ada\nAge? ", page.executeText());
        page.typeLine("36");
        page.waitForRunsAfter(before, PlaygroundPage.RUN_TIMEOUT);
        assertEquals("before\nName? Ada\nbetween Ada\nAge? 36\nafter Ada 37\n", page.executeText());
        // the program's stdout is what python3.13 prints with those two lines piped in
        assertEquals("before\nName? between Ada\nAge? after Ada 37\n", page.stdout("execute-pane"));
        assertEquals("Ada\n36\n", page.typedLines());
        assertEquals(0, page.exitCode());
        assertFalse(page.hasInputField());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ctrlDInTheFieldIsTheEndOfTheInput(Engine engine) {
        PlaygroundPage page = open(engine);
        page.setCode("try:\n    input('> ')\nexcept EOFError as e:\n    print('EOF:', e)\n");
        int before = page.completedRuns();
        page.clickRun();
        page.waitForInputField().sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "d"));
        page.waitForRunsAfter(before, PlaygroundPage.RUN_TIMEOUT);
        assertEquals("> EOF: EOF when reading a line\n", page.stdout("execute-pane"));
        assertEquals(0, page.exitCode());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void stopWorksWhileTheProgramWaitsForInput(Engine engine) {
        PlaygroundPage page = open(engine);
        page.setCode("print('asking')\ninput('never answered: ')\nprint('not reached')\n");
        int before = page.completedRuns();
        page.clickRun();
        page.waitForInputField();
        page.clickStop();
        page.waitForRunsAfter(before, Duration.ofSeconds(5));
        assertEquals("stopped", page.runStatus());
        assertFalse(page.hasInputField(), "the input field stays after Stop");
        assertEquals("asking\nnever answered: ", page.stdout("execute-pane"));

        page.setCode(TWO_QUESTIONS);
        int again = page.completedRuns();
        page.clickRun();
        page.typeLine("Bo");
        page.typeLine("1");
        page.waitForRunsAfter(again, PlaygroundPage.RUN_TIMEOUT);
        assertEquals("before\nName? between Bo\nAge? after Bo 2\n", page.stdout("execute-pane"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deepRecursionRunsAndInfiniteRecursionIsARecursionError(Engine engine) {
        PlaygroundPage page = open(engine);
        page.setCode("def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\nprint(down(900))\n");
        page.run();
        assertEquals("900\n", page.stdout("execute-pane"));
        assertEquals("", page.stderr("execute-pane"));
        assertEquals(0, page.exitCode());

        String infinite = "def f(n):\n    return f(n + 1)\nf(0)\n";
        page.setCode(infinite);
        page.run();
        String stderr = page.stderr("execute-pane");
        assertTrue(stderr.endsWith("\nRecursionError: maximum recursion depth exceeded\n"), stderr);
        assertEquals(JvmInterpreter.run(infinite).stderr(), stderr);
        assertEquals(1, page.exitCode());
        assertEquals("exited", page.runStatus());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void hugeAllocationsAreMemoryErrorsTheProgramCanCatch(Engine engine) {
        PlaygroundPage page = open(engine);
        String code = "makers = [lambda: [0] * 10**9, lambda: 'ab' * 10**9, lambda: (1, 2) * 10**9,\n"
                + "          lambda: 10 ** (10 ** 9), lambda: bytearray(10**5) * 10**5, lambda: bytes(2**30)]\n"
                + "for make in makers:\n"
                + "    try:\n"
                + "        make()\n"
                + "        print('made')\n"
                + "    except (MemoryError, OverflowError) as e:\n"
                + "        print(type(e).__name__)\n"
                + "print(len([1] * 1000))\n"
                + "x = [0] * 10**9\n";
        page.setCode(code);
        page.run();
        Output jvm = JvmInterpreter.run(code);
        assertTrue(jvm.stdout().startsWith("MemoryError\nMemoryError\nMemoryError\n"), jvm.stdout());
        assertTrue(jvm.stderr().endsWith("\nMemoryError\n"), jvm.stderr());
        assertEquals(jvm.stdout(), page.stdout("execute-pane"));
        assertEquals(jvm.stderr(), page.stderr("execute-pane"));
        assertEquals(1, page.exitCode());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void docstringsAreFetchedBesideTheEngineOnFirstUse(Engine engine) {
        PlaygroundPage page = open(engine);
        String code = "print(len.__doc__)\nprint(str.upper.__text_signature__)\nhelp(abs)\nprint(int.__doc__.splitlines()[0])\n";
        page.setCode(code);
        page.run();
        Output jvm = JvmInterpreter.run(code);
        assertTrue(jvm.stdout().startsWith("Return the number of items in a container.\n($self, /)\n"), jvm.stdout());
        assertEquals(jvm.stdout(), page.stdout("execute-pane"));
        assertEquals("", page.stderr("execute-pane"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void unicodeNamesAndPropertiesAreFetchedBesideTheEngineOnFirstUse(Engine engine) {
        PlaygroundPage page = open(engine);
        String code = "import unicodedata\n"
                + "print(ascii(\"\\N{GRINNING FACE} \\N{HANGUL SYLLABLE GA} \\N{BOM}\"))\n"
                + "print(unicodedata.name('\\u00e9'), unicodedata.name('\\U00031350'), unicodedata.lookup('snowman'))\n"
                + "print('caf\\u00e9 \\u20ac \\x85'.encode('cp437', 'namereplace'))\n"
                + "print(unicodedata.category('\\u2ffc'), unicodedata.numeric('\\u2153'), unicodedata.normalize('NFD', '\\uac01') == '\\u1100\\u1161\\u11a8')\n";
        page.setCode(code);
        page.run();
        Output jvm = JvmInterpreter.run(code);
        // the exact texts are the unicode6 goldens' (from the oracle); here: the data files were read
        assertTrue(jvm.stdout().contains("\nLATIN SMALL LETTER E WITH ACUTE CJK UNIFIED IDEOGRAPH-31350 \u2603\n"), jvm.stdout());
        assertTrue(jvm.stdout().contains("\\\\N{EURO SIGN}"), jvm.stdout());
        assertTrue(jvm.stdout().endsWith("\nSo 0.3333333333333333 True\n"), jvm.stdout());
        assertEquals(jvm.stdout(), page.stdout("execute-pane"));
        assertEquals("", page.stderr("execute-pane"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void topicsOfHelpAreFetchedBesideTheEngineOnFirstUse(Engine engine) {
        PlaygroundPage page = open(engine);
        String code = "help('if')\nhelp('+')\nhelp('nothing')\n";
        page.setCode(code);
        page.run();
        Output jvm = JvmInterpreter.run(code);
        // the text of pydoc_data.topics comes from data/pydoc_topics.txt, which the worker fetches
        assertTrue(jvm.stdout().startsWith("The \"if\" statement\n******************\n"), jvm.stdout());
        assertTrue(jvm.stdout().contains("\nRelated help topics: TRUTHVALUE\n"), jvm.stdout());
        assertEquals(jvm.stdout(), page.stdout("execute-pane"));
        assertEquals("", page.stderr("execute-pane"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void interactiveHelpPausesForEachRequest(Engine engine) {
        PlaygroundPage page = open(engine);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.withModule(String.join("\n",
                "const py = await Snakebox.load({ engine: args[0] });",
                "const result = await py.run('help()\\nprint(\"after\")\\n', { stdin: 'if\\n\"quit\"\\n' });",
                "py.dispose();",
                "done({ stdout: result.stdout, stderr: result.stderr, status: result.exitCode });"), engine.id);
        assertEquals(null, r.get("failure"));
        String out = (String) r.get("stdout");
        // help() runs pydoc's loop as Python code, so its input('help> ') pauses like any input()
        Output jvm = JvmInterpreter.run("help()\nprint(\"after\")\n", "if\n\"quit\"\n");
        assertTrue(jvm.stdout().contains("\nhelp> The \"if\" statement\n******************\n"), jvm.stdout());
        assertTrue(jvm.stdout().endsWith("the help> prompt.\nafter\n"), jvm.stdout());
        assertEquals(jvm.stdout(), out);
        assertEquals("", r.get("stderr"));
        assertEquals(0, ((Number) r.get("status")).intValue());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theApiFeedsInputFromStdinOrOnInput(Engine engine) {
        PlaygroundPage page = open(engine);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.withModule(String.join("\n",
                "const py = await Snakebox.load({ engine: args[0] });",
                "const code = 'while True:\\n    try:\\n        print(repr(input(\"? \")))\\n    except EOFError:\\n        break\\n';",
                "const fixed = await py.run(code, { stdin: 'one\\ntwo\\r\\n\\nlast' });",
                "const asked = [];",
                "const answers = ['a', Promise.resolve('b\\nc'), null];",
                "const called = await py.run(code, { onInput: (prompt) => { asked.push(prompt);",
                "    return new Promise((ok) => setTimeout(() => ok(answers.shift()), 5)); } });",
                "const none = await py.run(code);",
                "py.dispose();",
                "done({ fixed: fixed.stdout, called: called.stdout, asked: asked.join('|'), none: none.stdout,",
                "       status: [fixed.exitCode, called.exitCode, none.exitCode].join(',') });"), engine.id);
        assertEquals(null, r.get("failure"));
        assertEquals("? 'one'\n? 'two\\r'\n? ''\n? 'last'\n? ", r.get("fixed"));
        assertEquals("? 'a'\n? 'b'\n? 'c'\n? ", r.get("called")); // 'b\nc' answers two input() calls
        assertEquals("? |? |? ", r.get("asked"));
        assertEquals("? ", r.get("none"));
        assertEquals("0,0,0", r.get("status"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFloodOfOutputIsStoppedWithAMessage(Engine engine) {
        PlaygroundPage page = open(engine);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.withModule(String.join("\n",
                "const py = await Snakebox.load({ engine: args[0] });",
                "const result = await py.run(\"try:\\n    while True:\\n        print('x' * 999)\\nfinally:\\n    print('never')\\n\");",
                "const after = await py.run('print(\"next\")');",
                "py.dispose();",
                "done({ length: result.stdout.length, tail: result.stdout.slice(-3), stderr: result.stderr,",
                "       exitCode: result.exitCode, after: after.stdout });"), engine.id);
        assertEquals(null, r.get("failure"));
        assertEquals(8_000_000L, ((Number) r.get("length")).longValue());
        assertEquals("xx\n", r.get("tail"));
        assertEquals("\nSnakebox stopped the program: it wrote more output than the page can show.\n", r.get("stderr"));
        assertEquals(1L, ((Number) r.get("exitCode")).longValue());
        assertEquals("next\n", r.get("after"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void whatAProgramPrintsBeforeASleepShowsWhileItSleeps(Engine engine) {
        PlaygroundPage page = open(engine);
        page.setCode("import time\nprint('first')\ntime.sleep(0.3)\nprint('second')\n");
        // The page itself notes when the Execute pane's output changes: a Selenium poll could
        // miss 0.3 s on a busy machine.
        ((org.openqa.selenium.JavascriptExecutor) page.driver()).executeScript(String.join("\n",
                "const pane = arguments[0];",
                "window.paneChanges = [];",
                "const seen = () => Array.from(pane.querySelectorAll(\"[data-testid='stdout']\")).map((e) => e.textContent).join('');",
                "new MutationObserver(() => {",
                "  const text = seen(), last = window.paneChanges[window.paneChanges.length - 1];",
                "  if (last === undefined || last.text !== text) window.paneChanges.push({ text, at: performance.now() });",
                "}).observe(pane, { childList: true, subtree: true, characterData: true });",
                "arguments[1].addEventListener('click', () => { window.runClicked = performance.now(); }, { capture: true });"),
                page.byTestId("execute-pane"), page.byTestId("run-button"));
        page.run();
        assertEquals("first\nsecond\n", page.stdout("execute-pane"));
        assertEquals(0, page.exitCode());
        double clicked = ((Number) ((org.openqa.selenium.JavascriptExecutor) page.driver())
                .executeScript("return window.runClicked;")).doubleValue();
        @SuppressWarnings("unchecked")
        java.util.List<Map<String, Object>> changes = (java.util.List<Map<String, Object>>)
                ((org.openqa.selenium.JavascriptExecutor) page.driver()).executeScript("return window.paneChanges;");
        Double first = null;
        Double both = null;
        for (Map<String, Object> change : changes) {
            double at = ((Number) change.get("at")).doubleValue();
            if (first == null && "first\n".equals(change.get("text"))) {
                first = at;
            }
            if (both == null && "first\nsecond\n".equals(change.get("text"))) {
                both = at;
            }
        }
        assertTrue(first != null, "the pane never showed the first line alone: " + changes);
        assertTrue(both != null, "the pane never showed both lines: " + changes);
        // The sleep starts after Run was clicked, so the second line cannot show sooner than 0.3 s
        // after the click; the first shows about 0.3 s before it (the slack: the two lines reach
        // the page in two messages, each delayed by however busy the page is).
        assertTrue(both - clicked >= 300, "the second line came " + (both - clicked) + " ms after Run: " + changes);
        assertTrue(both - first >= 200, "the second line came " + (both - first) + " ms after the first: " + changes);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void stopEndsASleepingProgram(Engine engine) {
        PlaygroundPage page = open(engine);
        page.setCode("import time\nprint('sleeping')\ntime.sleep(30)\nprint('woke')\n");
        int before = page.completedRuns();
        page.clickRun();
        new org.openqa.selenium.support.ui.WebDriverWait(page.driver(), PlaygroundPage.RUN_TIMEOUT)
                .until(d -> page.stdout("execute-pane").equals("sleeping\n"));
        assertTrue(page.isBusy(), "the run ended instead of sleeping");
        long start = System.nanoTime();
        page.clickStop();
        page.waitForRunsAfter(before, Duration.ofSeconds(5));
        long stopMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("stopped", page.runStatus());
        assertEquals("sleeping\n", page.stdout("execute-pane"));
        assertTrue(stopMillis < 2000, "Stop took " + stopMillis + " ms");

        page.setCode("import time\ntime.sleep(0.01)\nprint('after stop')\n");
        page.run();
        assertEquals("after stop\n", page.stdout("execute-pane"));
        assertEquals(0, page.exitCode());
    }
}
