package dev.snakebox.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.Snakebox;
import dev.snakebox.golden.CapturingConsole;
import org.junit.jupiter.api.Test;

/** Imports as the browser makes them: a program at /main.py and the files the page passes. */
class ImporterTest {
    private final CapturingConsole console = new CapturingConsole();

    private int run(String source, MemoryFileSystem files) {
        RunOptions options = new RunOptions();
        options.files = files.put("/main.py", source);
        return Snakebox.run(source, "/main.py", options, console);
    }

    @Test
    void theBrowserProgramSeesItsPathAsArgvAndTheRootAsItsFolder() {
        assertEquals(0, Snakebox.run("import sys\nprint(sys.argv, sys.path[0], __file__)\n", "/main.py", console));
        assertEquals("['/main.py'] / /main.py\n", console.out());
    }

    @Test
    void withoutFilesOnlyBuiltInModulesImport() {
        assertEquals(1, Snakebox.run("import sys\nimport util\n", "/main.py", console));
        assertEquals("Traceback (most recent call last):\n  File \"/main.py\", line 2, in <module>\n    import util\n"
                + "ModuleNotFoundError: No module named 'util'\n", console.err());
    }

    @Test
    void modulesAndPackagesComeFromTheGivenFiles() {
        MemoryFileSystem files = new MemoryFileSystem()
                .put("util.py", "def double(x):\n    return 2 * x\n")
                .put("/shop/__init__.py", "from .cart import Cart\n")
                .put("/shop/cart.py", "class Cart:\n    items = ('apple',)\n");
        assertEquals(0, run("import util\nfrom shop import Cart\nimport shop.cart as c\n"
                + "print(util.double(4), Cart.items, c.Cart is Cart, util)\n", files));
        assertEquals("8 ('apple',) True <module 'util' from '/util.py'>\n", console.out());
    }

    @Test
    void aFolderWithoutInitIsANamespacePackage() {
        MemoryFileSystem files = new MemoryFileSystem().put("/ns/leaf.py", "X = 'leaf'\n");
        assertEquals(0, run("import ns.leaf\nprint(ns.leaf.X, ns)\n", files));
        assertEquals("leaf <module 'ns' (namespace) from ['/ns']>\n", console.out());
    }

    @Test
    void tracebacksQuoteTheImportedFilesLines() {
        MemoryFileSystem files = new MemoryFileSystem().put("/calc.py", "def div(a, b):\n    return a / b\n");
        assertEquals(1, run("import calc\ncalc.div(1, 0)\n", files));
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"/main.py\", line 2, in <module>\n    calc.div(1, 0)\n    ~~~~~~~~^^^^^^\n"
                + "  File \"/calc.py\", line 2, in div\n    return a / b\n           ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", console.err());
    }

    @Test
    void aSyntaxErrorInAnImportedFileIsShownWithItsLocation() {
        MemoryFileSystem files = new MemoryFileSystem().put("/bad.py", "x = (1,\n");
        assertEquals(1, run("import bad\n", files));
        assertEquals("Traceback (most recent call last):\n  File \"/main.py\", line 1, in <module>\n    import bad\n"
                + "  File \"/bad.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n", console.err());
    }

    @Test
    void builtInModuleNamesAreSortedAndIncludeSysAndBuiltins() {
        assertEquals(0, Snakebox.run("import sys\nn = sys.builtin_module_names\n"
                + "print('sys' in n, 'builtins' in n, list(n) == sorted(n))\n", "/main.py", console));
        assertEquals("True True True\n", console.out());
    }

    @Test
    void theExitStatusIsTheProcesssStatus() {
        assertEquals(3, Snakebox.run("import sys\nsys.exit(3)\n", "/main.py", console));
        assertEquals(255, Snakebox.run("raise SystemExit(-1)\n", "/main.py", console));
        assertEquals(1, Snakebox.run("import sys\nsys.exit('no')\n", "/main.py", console));
        assertEquals("no\n", console.err());
    }

    // The oracle (Pyodide) calls a replaced sys.excepthook twice and shows a frame of its own
    // harness, so these are checked here against native CPython's output instead of golden files.

    @Test
    void aReplacedExceptHookReceivesTheUncaughtException() {
        assertEquals(1, Snakebox.run("import sys\ndef hook(t, v, tb):\n    print('hook', t.__name__, v, tb.tb_lineno)\n"
                + "sys.excepthook = hook\nraise KeyError('k')\n", "/main.py", console));
        assertEquals("hook KeyError 'k' 5\n", console.out());
        assertEquals("", console.err());
    }

    @Test
    void aFailingExceptHookIsReportedBeforeTheOriginalException() {
        assertEquals(1, Snakebox.run("import sys\ndef hook(t, v, tb):\n    raise RuntimeError('hook failed')\n"
                + "sys.excepthook = hook\nraise ValueError('original')\n", "/main.py", console));
        assertEquals("Error in sys.excepthook:\nTraceback (most recent call last):\n"
                + "  File \"/main.py\", line 3, in hook\n    raise RuntimeError('hook failed')\n"
                + "RuntimeError: hook failed\n\nOriginal exception was:\nTraceback (most recent call last):\n"
                + "  File \"/main.py\", line 5, in <module>\n    raise ValueError('original')\n"
                + "ValueError: original\n", console.err());
    }

    @Test
    void theEndOfRunReportGoesToAReplacedStderr() {
        // CPython writes the traceback in several pieces; what a capturing object collects is the same text
        assertEquals(1, Snakebox.run("import sys\nclass C:\n    parts = []\n    def write(self, s):\n"
                + "        C.parts.append(s)\n        sys.__stdout__.write(s)\nsys.stderr = C()\n1 / 0\n", "/main.py", console));
        assertEquals("Traceback (most recent call last):\n  File \"/main.py\", line 8, in <module>\n    1 / 0\n    ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", console.out());
        assertEquals("", console.err());
    }

    @Test
    void nothingIsReportedWhenStderrIsNone() {
        assertEquals(1, Snakebox.run("import sys\nsys.stderr = None\nsys.exit('unseen')\n", "/main.py", console));
        assertEquals("", console.err());
    }
}
