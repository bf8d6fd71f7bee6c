package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.Snakebox;
import dev.snakebox.golden.CapturingConsole;
import dev.snakebox.modules.RunOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code __basicsize__}, {@code __itemsize__}, {@code __dictoffset__} and
 * {@code __weakrefoffset__} as 64-bit CPython 3.13 reports them: the word-size dependent part
 * the 32-bit oracle cannot check. The expected numbers are the sizes of CPython 3.13's structs on
 * a 64-bit machine (a pointer and {@code Py_ssize_t} of 8 bytes); the oracle's 32-bit numbers
 * for the same types were checked to follow from the same structs with 4-byte words (e.g.
 * {@code type}: 464/20/132/184 there, 928/40/264/368 here; a plain class: 8/0/-1/-16 there,
 * 16/0/-1/-32 here).
 */
class TypeLayoutTest {
    private static final String PROGRAM = String.join("\n",
            "class C: pass",
            "class S:",
            "    __slots__ = ('a', 'b')",
            "class SD:",
            "    __slots__ = ('a', '__dict__')",
            "class SW:",
            "    __slots__ = ('a', '__weakref__')",
            "class D(S): pass",
            "class I(int): pass",
            "class L(list): pass",
            "class T(tuple): pass",
            "class E(Exception): pass",
            "def g(): yield",
            "for t in [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,",
            "          type, range, slice, BaseException, ValueError, OSError, type(g), type(g()), property,",
            "          staticmethod, type(None), enumerate, zip, map, super, C, S, SD, SW, D, I, L, T, E]:",
            "    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)",
            "");

    private static final String EXPECTED = String.join("\n",
            "object 16 0 0 0",
            "int 24 4 0 0",
            "bool 24 4 0 0",
            "float 24 0 0 0",
            "complex 32 0 0 0",
            "str 64 0 0 0",
            "bytes 33 1 0 0",
            "bytearray 56 0 0 0",
            "list 40 0 0 0",
            "tuple 24 8 0 0",
            "dict 48 0 0 0",
            "set 200 0 0 192",
            "type 928 40 264 368",
            "range 48 0 0 0",
            "slice 40 0 0 0",
            "BaseException 72 0 16 0",
            "ValueError 72 0 16 0",
            "OSError 112 0 16 0",
            "function 144 0 88 96",
            "generator 144 8 0 16",
            "property 64 0 0 0",
            "staticmethod 32 0 24 0",
            "NoneType 16 0 0 0",
            "enumerate 56 0 0 0",
            "zip 48 0 0 0",
            "map 32 0 0 0",
            "super 40 0 0 0",
            "C 16 0 -1 -32",
            "S 32 0 0 0",
            "SD 24 0 -1 0",
            "SW 24 0 0 -32",
            "D 32 0 -1 -32",
            "I 24 4 -1 0",
            "L 40 0 -1 -32",
            "T 24 8 -1 0",
            "E 72 0 16 -32",
            "");

    @Test
    void layoutNumbersMatch64BitCPython313() {
        CapturingConsole console = new CapturingConsole();
        RunOptions options = new RunOptions();
        options.argv = List.of("layout.py");
        int status = Snakebox.run(PROGRAM, "layout.py", options, console);
        assertEquals("", console.err());
        assertEquals(0, status);
        assertEquals(EXPECTED, console.out());
    }
}
