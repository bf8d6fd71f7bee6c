package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyStr;
import org.junit.jupiter.api.Test;

/** {@link TracebackPrinter}: chains, collapsed repetition, notes (texts checked against the oracle). */
class TracebackPrinterTest {
    private static final TracebackPrinter PRINTER = new TracebackPrinter(new LineCache());

    private static PyBaseException exc(dev.snakebox.objects.PyType t, String msg) {
        return new PyBaseException(t, PyStr.of(msg));
    }

    @Test
    void contextChainPrintsOldestFirst() {
        PyBaseException e = exc(ExceptionTypes.ValueError, "v");
        e.context = exc(ExceptionTypes.KeyError, "k");
        assertEquals("KeyError: 'k'\n\n"
                + "During handling of the above exception, another exception occurred:\n\n"
                + "ValueError: v\n", PRINTER.format(e));
    }

    @Test
    void causeWinsOverContext() {
        PyBaseException e = exc(ExceptionTypes.ValueError, "v");
        e.context = exc(ExceptionTypes.TypeError, "ignored");
        e.cause = exc(ExceptionTypes.KeyError, "k");
        e.suppressContext = true;
        assertEquals("KeyError: 'k'\n\n"
                + "The above exception was the direct cause of the following exception:\n\n"
                + "ValueError: v\n", PRINTER.format(e));
        e.cause = null;
        assertEquals("ValueError: v\n", PRINTER.format(e));
    }

    @Test
    void cyclesArePrintedOnce() {
        PyBaseException a = exc(ExceptionTypes.ValueError, "a");
        PyBaseException b = exc(ExceptionTypes.TypeError, "b");
        a.context = b;
        b.context = a;
        assertEquals("TypeError: b\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: a\n",
                PRINTER.format(a));
    }

    @Test
    void notesFollowTheMessage() {
        PyBaseException e = exc(ExceptionTypes.Exception, "m");
        e.addNote("one\ntwo");
        assertEquals("Exception: m\none\ntwo\n", PRINTER.format(e));
        assertEquals("KeyError\n", PRINTER.format(new PyBaseException(ExceptionTypes.KeyError)));
    }

    @Test
    void repeatedFramesAreCollapsed() {
        Runs r = Runs.run("def f(n):\n    return 1 / n + f(n - 1)\nf(5)\n");
        assertTrue(r.err.contains("  [Previous line repeated 3 more times]\n"), r.err);
        assertTrue(r.err.endsWith("ZeroDivisionError: division by zero\n"), r.err);
    }
}
