package dev.snakebox.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.Snakebox;
import dev.snakebox.golden.CapturingConsole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code open()} on the in-memory file system the browser gives a run: writing, appending,
 * exclusive creation, reading back, and CPython's (Linux) error texts. Reading is also covered by
 * the golden programs under {@code lang/open}, which cannot write (they run on real folders).
 */
class TextFileTest {
    private static String run(MemoryFileSystem files, String program) {
        CapturingConsole console = new CapturingConsole();
        RunOptions options = new RunOptions();
        options.argv = List.of("main.py");
        options.files = files.put("/main.py", program);
        int status = Snakebox.run(program, "main.py", options, console);
        return status + "|" + console.out() + console.err();
    }

    @Test
    void writesAppendsAndReadsBack() {
        MemoryFileSystem files = new MemoryFileSystem();
        String out = run(files, String.join("\n",
                "with open('notes.txt', 'w') as f:",
                "    print(f.write('one\\n'), f.mode, f.writable(), f.readable())",
                "    f.writelines(['two\\n', 'three'])",
                "print(f.closed, open('notes.txt').read().split())",
                "with open('notes.txt', 'a') as f:",
                "    f.write('\\nfour\\n')",
                "print([l for l in open('notes.txt')])",
                "g = open('new.txt', 'x'); print(g.write('é'), g.name); g.close()",
                "print(open('new.txt').read())",
                "print(open('notes.txt', 'w+').read() == '')",
                ""));
        assertEquals("0|4 w True False\nTrue ['one', 'two', 'three']\n['one\\n', 'two\\n', 'three\\n', 'four\\n']\n"
                + "1 new.txt\né\nTrue\n", out);
        assertEquals("", files.readText("notes.txt"));
        assertEquals("é", files.readText("/new.txt"));
    }

    @Test
    void errorsAsCPythonWordsThemOnLinux() {
        MemoryFileSystem files = new MemoryFileSystem().put("/d/x.txt", "x");
        String out = run(files, String.join("\n",
                "for args in [('missing.txt',), ('d/x.txt', 'x'), ('d',), ('d/x.txt', 'rbt')]:",
                "    try:",
                "        open(*args)",
                "    except Exception as e:",
                "        print(type(e).__name__, e)",
                "f = open('d/x.txt')",
                "try:",
                "    f.write('y')",
                "except OSError as e:",
                "    print(type(e).__name__, e)",
                "f.close()",
                "try:",
                "    f.read()",
                "except ValueError as e:",
                "    print(e)",
                ""));
        assertEquals("0|FileNotFoundError [Errno 2] No such file or directory: 'missing.txt'\n"
                + "FileExistsError [Errno 17] File exists: 'd/x.txt'\n"
                + "IsADirectoryError [Errno 21] Is a directory: 'd'\n"
                + "ValueError can't have text and binary mode at once\n"
                + "UnsupportedOperation not writable\n"
                + "I/O operation on closed file.\n", out);
    }
}
