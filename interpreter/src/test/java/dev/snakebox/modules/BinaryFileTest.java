package dev.snakebox.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.Snakebox;
import dev.snakebox.golden.CapturingConsole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code open()} in binary mode on the in-memory file system the browser gives a run: bytes
 * written are stored (as UTF-8 text with undecodable bytes kept), read back byte for byte, and
 * text files read in binary mode give their UTF-8. The golden program lang/builtins6/binary_files
 * covers the rest on real files.
 */
class BinaryFileTest {
    private static String run(MemoryFileSystem files, String program) {
        CapturingConsole console = new CapturingConsole();
        RunOptions options = new RunOptions();
        options.argv = List.of("main.py");
        options.files = files.put("/main.py", program);
        int status = Snakebox.run(program, "main.py", options, console);
        return status + "|" + console.out() + console.err();
    }

    @Test
    void bytesRoundTripThroughTheMemoryFiles() {
        MemoryFileSystem files = new MemoryFileSystem().put("/t.txt", "h\u00e9");
        String out = run(files, String.join("\n",
                "with open('b.bin', 'wb') as f:",
                "    print(f.write(b'a\\xff\\x00\\xc3\\xa9'), f)",
                "with open('b.bin', 'rb') as f:",
                "    print(f.read(), f.tell(), f.seek(1), f.read(1))",
                "print(open('t.txt', 'rb').read())",
                "with open('t.txt', 'ab') as f:",
                "    f.write(b'!')",
                "print(open('t.txt').read())",
                ""));
        assertEquals("0|5 <_io.BufferedWriter name='b.bin'>\n"
                + "b'a\\xff\\x00\\xc3\\xa9' 5 1 b'\\xff'\n"
                + "b'h\\xc3\\xa9'\n"
                + "h\u00e9!\n", out);
        assertArrayEquals(new byte[] {'a', (byte) 0xff, 0, (byte) 0xc3, (byte) 0xa9}, files.readBytes("/b.bin"));
    }

    @Test
    void readOnlyAndWriteOnlyRefuseTheOtherWay() {
        MemoryFileSystem files = new MemoryFileSystem().put("/x.bin", "abc");
        String out = run(files, String.join("\n",
                "f = open('x.bin', 'rb')",
                "for op in (lambda: f.write(b'z'), lambda: open('x.bin', 'wb').read(), lambda: f.seek(0, 7)):",
                "    try:",
                "        op()",
                "    except (OSError, ValueError) as e:",
                "        print(type(e).__name__, e, isinstance(e, ValueError))",
                ""));
        assertEquals("0|UnsupportedOperation write True\n"
                + "UnsupportedOperation read True\n"
                + "ValueError whence value 7 unsupported True\n", out);
    }
}
