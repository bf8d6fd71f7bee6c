package dev.snakebox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Run}: a program run in slices, pausing for input() and time.sleep(), as the browser drives it. */
class RunTest {
    private static final String PATH = "/main.py";

    /** A program that loops, calls, recurses, raises and catches: every kind of frame change. */
    private static final String BUSY = String.join("\n",
            "def fib(n):",
            "    return n if n < 2 else fib(n - 1) + fib(n - 2)",
            "class Acc:",
            "    def __init__(self):",
            "        self.items = []",
            "    def add(self, x):",
            "        self.items.append(x)",
            "        return self",
            "a = Acc()",
            "for i in range(30):",
            "    try:",
            "        if i % 7 == 3:",
            "            raise ValueError(i)",
            "        a.add(fib(i % 12))",
            "    except ValueError as e:",
            "        print('caught', e)",
            "    finally:",
            "        pass",
            "total = 0",
            "i = 0",
            "while i < 2000:",
            "    total += i * i",
            "    i += 1",
            "print(total, a.items)",
            "print(sorted(a.items, key=lambda v: -v)[:5])",
            "def deep(n):",
            "    return 0 if n == 0 else 1 + deep(n - 1)",
            "print(deep(500))",
            "print(undefined)",
            "");

    /** Drives a run as the browser does: resumes after every slice, answers input() from the console's script. */
    static Run drive(String source, ScriptedConsole console, int slice, int[] slices) {
        Run.Options options = new Run.Options();
        options.slice = slice;
        Run run = Run.start(source, PATH, console, options);
        while (run.status() != Run.FINISHED) {
            slices[run.status()]++;
            run.resume(run.status() == Run.INPUT ? console.nextLine() : null);
        }
        return run;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 50, 1000})
    void aProgramPausedManyTimesPrintsWhatAnUnpausedRunPrints(int slice) {
        ScriptedConsole whole = new ScriptedConsole();
        int status = Snakebox.run(BUSY, PATH, whole);
        ScriptedConsole sliced = new ScriptedConsole();
        int[] slices = new int[4];
        Run run = drive(BUSY, sliced, slice, slices);
        assertEquals(whole.out.toString(), sliced.out.toString());
        assertEquals(whole.err.toString(), sliced.err.toString());
        assertEquals(1, status);
        assertEquals(status, run.exitCode());
        assertTrue(whole.err.toString().endsWith("NameError: name 'undefined' is not defined\n"), whole.err.toString());
        // fib alone makes thousands of calls: a slice of 1000 units ends several times
        assertTrue(slices[Run.SLICE] > 2, slices[Run.SLICE] + " slices");
        if (slice == 1) {
            assertTrue(slices[Run.SLICE] > 1000, slices[Run.SLICE] + " slices");
        }
    }

    @Test
    void anInfiniteLoopEndsEachSliceAndCanBeResumedAgain() {
        Run.Options options = new Run.Options();
        options.slice = 100;
        ScriptedConsole console = new ScriptedConsole();
        Run run = Run.start("n = 0\nwhile True:\n    n += 1\n    if n % 250 == 0: print(n)\n", PATH, console, options);
        for (int i = 0; i < 10; i++) {
            assertEquals(Run.SLICE, run.status());
            run.resume(null);
        }
        assertEquals(Run.SLICE, run.status());
        // output is flushed at each pause: what was printed has arrived
        assertTrue(console.out.toString().startsWith("250\n500\n750\n1000\n"), console.out.toString());
    }

    @Test
    void inputPausesWithItsPromptAndTheAnswerIsTheCallsResult() {
        ScriptedConsole console = new ScriptedConsole();
        Run run = Run.start("print('before')\nname = input('Name? ')\nprint('hello', name)\n"
                + "x = int(input()) + 1\nprint(x)\n", PATH, console, new Run.Options());
        assertEquals(Run.INPUT, run.status());
        assertEquals("Name? ", run.prompt());
        assertEquals("before\nName? ", console.out.toString()); // the prompt arrived before the pause
        run.resume("Ada");
        assertEquals(Run.INPUT, run.status());
        assertEquals("", run.prompt());
        assertEquals("before\nName? hello Ada\n", console.out.toString());
        run.resume("41");
        assertEquals(Run.FINISHED, run.status());
        assertEquals(0, run.exitCode());
        assertEquals("before\nName? hello Ada\n42\n", console.out.toString());
        assertEquals(0, console.reads); // a pausing host never reads the console itself
    }

    @Test
    void theEndOfInputIsEOFErrorAtTheInputCall() {
        ScriptedConsole console = new ScriptedConsole();
        Run run = Run.start("try:\n    input('> ')\nexcept EOFError as e:\n    print('caught', repr(e))\n"
                + "input('again')\n", PATH, console, new Run.Options());
        run.resume(null);
        assertEquals(Run.INPUT, run.status());
        run.resume(null);
        assertEquals(Run.FINISHED, run.status());
        assertEquals(1, run.exitCode());
        assertEquals("> caught EOFError('EOF when reading a line')\nagain", console.out.toString());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"/main.py\", line 5, in <module>\n"
                + "    input('again')\n"
                + "    ~~~~~^^^^^^^^^\n"
                + "EOFError: EOF when reading a line\n", console.err.toString());
    }

    @Test
    void inputPausesInsideFunctionsMethodsAndCallsWithKeywordsOrStars() {
        String source = String.join("\n",
                "def ask(p):",
                "    return input(p)",
                "class Q:",
                "    def __init__(self):",
                "        self.a = ask('init? ')",
                "    def m(self):",
                "        return input(*['star? '])",
                "q = Q()",
                "f = input",
                "print(q.a, q.m(), f(), [input() for _ in range(2)])",
                "print(ask.__name__, input(**{}))",
                "");
        ScriptedConsole console = new ScriptedConsole("1", "2", "3", "4", "5", "6");
        int[] slices = new int[4];
        Run run = drive(source, console, Run.DEFAULT_SLICE, slices);
        assertEquals("", console.err.toString());
        assertEquals("init? star? 1 2 3 ['4', '5']\nask 6\n", console.out.toString());
        assertEquals(6, slices[Run.INPUT]);
        assertEquals(0, run.exitCode());
    }

    @Test
    void inputFromASortKeyIsARuntimeErrorWhereTheRunCannotPause() {
        String source = String.join("\n",
                "try:",
                "    sorted([3, 1, 2], key=lambda v: input())",
                "except RuntimeError as e:",
                "    print('key:', e)",
                "try:",
                "    list(map(input, ['a', 'b']))",
                "except RuntimeError as e:",
                "    print('map:', type(e).__name__)",
                "class K:",
                "    def __eq__(self, other):",
                "        return input('eq') == 'y'",
                "    __hash__ = object.__hash__",
                "try:",
                "    K() == K()",
                "except RuntimeError as e:",
                "    print('eq:', type(e).__name__)",
                "print(input('still works: '))",
                "");
        ScriptedConsole console = new ScriptedConsole("fine");
        int[] slices = new int[4];
        Run run = drive(source, console, Run.DEFAULT_SLICE, slices);
        assertEquals("", console.err.toString());
        assertEquals("key: input() cannot pause the program here: it was called from inside a built-in operation"
                + " (a sort key, __eq__, __repr__, a function passed to map()...), which cannot be suspended"
                + " in the browser; call it from your own code instead\n"
                + "amap: RuntimeError\n" // the prompt of input('a') is written before it asks
                + "eqeq: RuntimeError\n"
                + "still works: fine\n", console.out.toString());
        assertEquals(0, run.exitCode());
        assertEquals(1, slices[Run.INPUT]);
    }

    @Test
    void anImportedModulesTopLevelRunsNestedSoItCannotPause() {
        // importing runs the module's body from Java code: before, it ran its own slices there and
        // answered input() with the end of input; now it is the "cannot pause" RuntimeError
        Run.Options options = new Run.Options();
        options.slice = 2;
        options.program.files = new dev.snakebox.modules.MemoryFileSystem()
                .put("/m.py", "for i in range(20):\n    pass\ntry:\n    input('m? ')\n"
                        + "except RuntimeError as e:\n    print(type(e).__name__)\nx = i\n")
                .put(PATH, "");
        ScriptedConsole console = new ScriptedConsole("typed");
        Run run = Run.start("import m\nfor j in range(20):\n    pass\nprint(m.x, j, input('main? '))\n", PATH, console,
                options);
        int[] slices = new int[4];
        while (run.status() != Run.FINISHED) {
            slices[run.status()]++;
            run.resume(run.status() == Run.INPUT ? console.nextLine() : null);
        }
        assertEquals("m? RuntimeError\nmain? 19 19 typed\n", console.out.toString());
        assertEquals("", console.err.toString());
        assertEquals(0, run.exitCode());
        assertEquals(1, slices[Run.INPUT]);
        assertTrue(slices[Run.SLICE] > 0);
    }

    @Test
    void onTheJvmInputBlocksEvenInsideASortKey() {
        ScriptedConsole console = new ScriptedConsole("3", "1", "2");
        int status = Snakebox.run("print(sorted(['a', 'b', 'c'], key=lambda v: input(v + '? ')))\n", PATH, console);
        assertEquals(0, status);
        assertEquals("a? b? c? ['b', 'c', 'a']\n", console.out.toString());
        assertEquals(3, console.reads);
    }

    @Test
    void aFloodOfOutputIsStoppedAtTheLimit() {
        Run.Options options = new Run.Options();
        options.outputLimit = 1000;
        options.slice = 50;
        ScriptedConsole console = new ScriptedConsole();
        Run run = Run.start("try:\n    while True:\n        print('0123456789')\nfinally:\n    print('never')\n", PATH,
                console, options);
        while (run.status() != Run.FINISHED) {
            run.resume(null);
        }
        assertEquals(1, run.exitCode());
        assertEquals(1000, console.out.length());
        assertTrue(console.out.toString().startsWith("0123456789\n0123456789\n"));
        assertEquals(Run.OUTPUT_LIMIT_MESSAGE, console.err.toString());
    }

    @Test
    void resumingAFinishedRunIsAnError() {
        Run run = Run.start("pass\n", PATH, new ScriptedConsole(), new Run.Options());
        assertEquals(Run.FINISHED, run.status());
        assertThrows(IllegalStateException.class, () -> run.resume(null));
    }

    @Test
    void aSyntaxErrorFinishesAtOnce() {
        ScriptedConsole console = new ScriptedConsole();
        Run run = Run.start("x = (\n", PATH, console, new Run.Options());
        assertEquals(Run.FINISHED, run.status());
        assertEquals(1, run.exitCode());
        assertTrue(console.err.toString().contains("SyntaxError: '(' was never closed"), console.err.toString());
    }
}
