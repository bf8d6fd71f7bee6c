package dev.snakebox.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.Snakebox;
import dev.snakebox.golden.CapturingConsole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warnings machinery as a run sees it: filters, registries, -W options, other modules. */
class WarningsStateTest {
    private final CapturingConsole console = new CapturingConsole();

    private int run(String source, List<String> warnoptions, MemoryFileSystem files) {
        RunOptions options = new RunOptions();
        options.files = files.put("/main.py", source);
        options.warnoptions = warnoptions;
        return Snakebox.run(source, "/main.py", options, console);
    }

    private int run(String source) {
        return run(source, List.of(), new MemoryFileSystem());
    }

    @Test
    void aDeprecationWarningIsShownInMainOncePerLocation() {
        assertEquals(0, run("for i in range(3):\n    bool(NotImplemented)\nbool(NotImplemented)\n"));
        assertEquals("/main.py:2: DeprecationWarning: NotImplemented should not be used in a boolean context\n"
                + "  bool(NotImplemented)\n"
                + "/main.py:3: DeprecationWarning: NotImplemented should not be used in a boolean context\n"
                + "  bool(NotImplemented)\n", console.err());
    }

    @Test
    void anImportedModulesDeprecationWarningsAreIgnoredItsOtherWarningsShown() {
        MemoryFileSystem files = new MemoryFileSystem().put("/lib.py",
                "import warnings\ndef f():\n    bool(NotImplemented)\n    warnings.warn('careful')\n");
        assertEquals(0, run("import lib\nlib.f()\nlib.f()\n", List.of(), files));
        assertEquals("/lib.py:4: UserWarning: careful\n  warnings.warn('careful')\n", console.err());
    }

    @Test
    void changingTheFiltersEmptiesTheRegistries() {
        assertEquals(0, run("import warnings\ndef f():\n    warnings.warn('w')\n"
                + "f()\nf()\nwarnings.simplefilter('default')\nf()\n"
                + "print(sorted(k for k in __warningregistry__ if k != 'version'))\n"));
        assertEquals("/main.py:3: UserWarning: w\n  warnings.warn('w')\n".repeat(2), console.err());
        assertEquals("[('w', <class 'UserWarning'>, 3)]\n", console.out());
    }

    @Test
    void theWOptionsBecomeFiltersBeforeTheProgramRuns() {
        assertEquals(1, run("import sys\nprint(sys.warnoptions)\nimport warnings\nwarnings.warn('stop')\n",
                List.of("ignore::DeprecationWarning", "error"), new MemoryFileSystem()));
        assertEquals("['ignore::DeprecationWarning', 'error']\n", console.out());
        assertEquals("Traceback (most recent call last):\n  File \"/main.py\", line 4, in <module>\n"
                + "    warnings.warn('stop')\n    ~~~~~~~~~~~~~^^^^^^^^\nUserWarning: stop\n", console.err());
    }

    @Test
    void anInvalidWOptionIsReportedAndIgnored() {
        assertEquals(0, run("print('ran')\n", List.of("bogus", "error::NoSuchWarning", "ignore::int", "a:b:c:d:e:f",
                "error:::mod:x"), new MemoryFileSystem()));
        assertEquals("Invalid -W option ignored: invalid action: 'bogus'\n"
                + "Invalid -W option ignored: unknown warning category: 'NoSuchWarning'\n"
                + "Invalid -W option ignored: invalid warning category: 'int'\n"
                + "Invalid -W option ignored: too many fields (max 5): 'a:b:c:d:e:f'\n"
                + "Invalid -W option ignored: invalid lineno 'x'\n", console.err());
        assertEquals("ran\n", console.out());
    }

    @Test
    void anErrorFilterMakesACompileTimeWarningTheSyntaxError() {
        assertEquals(1, run("x = 1\nprint(x is 5)\n", List.of("error::SyntaxWarning"), new MemoryFileSystem()));
        assertEquals("  File \"/main.py\", line 2\n    print(x is 5)\n          ^^^^^^\n"
                + "SyntaxError: \"is\" with 'int' literal. Did you mean \"==\"?\n", console.err());
    }

    @Test
    void anIgnoreFilterSilencesCompileTimeWarnings() {
        assertEquals(0, run("s = '\\d'\nprint(s)\n", List.of("ignore"), new MemoryFileSystem()));
        assertEquals("", console.err());
        assertEquals("\\d\n", console.out());
    }

    @Test
    void anImportedFilesSyntaxWarningNamesItsFileAndLine() {
        MemoryFileSystem files = new MemoryFileSystem().put("/lib.py", "X = 1\nY = X is 1\n");
        assertEquals(0, run("import lib\nprint(lib.Y)\n", List.of(), files));
        assertEquals("/lib.py:2: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n  Y = X is 1\n",
                console.err());
    }

    @Test
    void aModuleFilterMatchesTheWholeNameFromAWOption() {
        MemoryFileSystem files = new MemoryFileSystem()
                .put("/lib.py", "import warnings\nwarnings.warn('from lib')\n")
                .put("/library.py", "import warnings\nwarnings.warn('from library')\n");
        assertEquals(0, run("import lib, library\n", List.of("ignore:::lib"), files));
        assertEquals("/library.py:2: UserWarning: from library\n  warnings.warn('from library')\n", console.err());
    }

    @Test
    void aStackLevelPastTheOutermostFrameNamesSys() {
        assertEquals(0, run("import warnings\nwarnings.warn('far', stacklevel=9)\n"));
        assertEquals("<sys>:0: UserWarning: far\n", console.err());
    }

    @Test
    void skipFilePrefixesSkipsFramesOfThoseFiles() {
        MemoryFileSystem files = new MemoryFileSystem().put("/pkg/api.py",
                "import warnings\ndef old():\n    warnings.warn('old', skip_file_prefixes=('/pkg/',))\n"
                        + "def wrapper():\n    old()\n");
        assertEquals(0, run("from pkg import api\napi.wrapper()\n", List.of(), files));
        assertEquals("/main.py:2: UserWarning: old\n  api.wrapper()\n", console.err());
    }
}
