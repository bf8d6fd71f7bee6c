package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.builtins.Builtins;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.Compiler;
import dev.snakebox.lexer.Source;
import dev.snakebox.modules.TimeSleep;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyStr;
import dev.snakebox.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's slices and pauses at their own level ({@link Interpreter#start},
 * {@link Interpreter#resume}), with {@code sleep} (time.sleep) in the builtins, since the
 * {@code time} module is registered elsewhere.
 */
class PauseTest {
    private final StringBuilder out = new StringBuilder();
    private final List<Long> slept = new ArrayList<>();
    private Interpreter interp;

    private int start(String source, boolean blocking, int slice) {
        Source src = new Source("/t.py", source);
        PyCode code = Compiler.compileModule(Parser.parseFile(src), src);
        interp = new Interpreter(new Interpreter.Output() {
            @Override
            public void stdout(String s) {
                out.append(s);
            }

            @Override
            public void stderr(String s) {
                out.append("<err>").append(s);
            }
        });
        interp.setSlice(slice);
        if (blocking) {
            interp.setBlockingHost(new BlockingHost() {
                @Override
                public String readLine() {
                    return "typed";
                }

                @Override
                public void sleep(long nanos) {
                    slept.add(nanos);
                }
            });
        }
        PyDict builtins = Builtins.namespace();
        builtins.putStr(PyStr.intern("sleep"), TimeSleep.function());
        PyDict globals = new PyDict();
        globals.putStr(PyStr.intern("__name__"), PyStr.of("__main__"));
        return interp.start(code, globals, builtins);
    }

    @Test
    void sleepPausesTheRunForItsTimeAndReturnsNone() {
        assertEquals(Pause.SLEEP, start("print('a')\nr = sleep(0.25)\nprint('b', r)\nsleep(2)\nprint('c')\n", false,
                Integer.MAX_VALUE));
        assertEquals(250_000_000L, interp.sleepNanos());
        assertEquals("a\n", out.toString()); // flushed at the pause
        assertEquals(Pause.SLEEP, interp.resume(null));
        assertEquals(2_000_000_000L, interp.sleepNanos());
        assertEquals("a\nb None\n", out.toString());
        assertEquals(Pause.FINISHED, interp.resume(null));
        assertEquals("a\nb None\nc\n", out.toString());
    }

    @Test
    void sleepOnABlockingHostWaitsThereWithoutPausing() {
        assertEquals(Pause.FINISHED, start("sleep(1e-9)\nsleep(3)\nsorted([2, 1], key=lambda v: (sleep(0.5), v)[1])\n"
                + "print(input('p'))\n", true, Integer.MAX_VALUE));
        assertEquals(List.of(1L, 3_000_000_000L, 500_000_000L, 500_000_000L), slept);
        assertEquals("ptyped\n", out.toString());
    }

    @Test
    void sleepInsideANestedCallIsARuntimeErrorWithoutABlockingHost() {
        assertEquals(Pause.FINISHED, start("try:\n    sorted([2, 1], key=lambda v: sleep(0))\n"
                + "except RuntimeError as e:\n    print(e)\n", false, Integer.MAX_VALUE));
        assertEquals(Pause.cannotPause("time.sleep()") + "\n", out.toString());
    }

    @Test
    void sleepConvertsIndexablesAndRejectsWhatCPythonRejects() {
        String source = String.join("\n",
                "class I:",
                "    def __index__(self): return 2",
                "class F:",
                "    def __float__(self): return 0.5",
                "sleep(I())",
                "for v in ['x', None, float('nan'), 1e100, -1, -1e-12, 10**30, F(), 2**63]:",
                "    try:",
                "        sleep(v)",
                "    except Exception as e:",
                "        print(type(e).__name__, e)",
                "for args in [(), (1, 2)]:",
                "    try:",
                "        sleep(*args)",
                "    except TypeError as e:",
                "        print(e)",
                "try:",
                "    sleep(secs=1)",
                "except TypeError as e:",
                "    print(e)",
                "");
        assertEquals(Pause.FINISHED, start(source, true, Integer.MAX_VALUE));
        assertEquals(List.of(2_000_000_000L), slept);
        assertEquals(String.join("\n",
                "TypeError 'str' object cannot be interpreted as an integer",
                "TypeError 'NoneType' object cannot be interpreted as an integer",
                "ValueError Invalid value NaN (not a number)",
                "OverflowError timestamp out of range for platform time_t",
                "ValueError sleep length must be non-negative",
                "ValueError sleep length must be non-negative",
                "OverflowError timestamp too large to convert to C PyTime_t",
                "TypeError 'F' object cannot be interpreted as an integer",
                "OverflowError timestamp too large to convert to C PyTime_t",
                "time.sleep() takes exactly one argument (0 given)",
                "time.sleep() takes exactly one argument (2 given)",
                "time.sleep() takes no keyword arguments",
                ""), out.toString());
    }

    @Test
    void aSliceEndsOnlyInTheOutermostLoop() {
        // the key function loops 10,000 times inside sorted(): a nested loop, which cannot pause
        String source = "def key(v):\n    for i in range(10000): pass\n    return -v\n"
                + "print(sorted(range(5), key=key))\n";
        int s = start(source, false, 10);
        int slices = 0;
        while (s == Pause.SLICE) {
            slices++;
            s = interp.resume(null);
        }
        assertEquals(Pause.FINISHED, s);
        assertEquals("[4, 3, 2, 1, 0]\n", out.toString());
        // the module's and key's RESUMEs at most: 1 + 5 calls, and none inside the key's loop
        assertTrue(slices <= 1, slices + " slices");
    }

    @Test
    void anExceptionAfterAPauseHasTheTracebackOfAnUnpausedRun() {
        int s = start("def f(n):\n    while n:\n        n -= 1\n    return 1 / n\nf(50)\n", false, 3);
        int slices = 0;
        try {
            while (s != Pause.FINISHED) {
                slices++;
                s = interp.resume(null);
            }
        } catch (PyException e) {
            assertEquals("ZeroDivisionError", e.value.type().name);
            assertEquals(List.of(5, 4), tracebackLines(e));
            assertTrue(slices > 10, slices + " slices");
            return;
        }
        throw new AssertionError("no ZeroDivisionError");
    }

    private static List<Integer> tracebackLines(PyException e) {
        List<Integer> lines = new ArrayList<>();
        for (dev.snakebox.objects.PyTraceback tb = e.value.traceback; tb != null; tb = tb.next) {
            lines.add(tb.lineno());
        }
        return lines;
    }
}
