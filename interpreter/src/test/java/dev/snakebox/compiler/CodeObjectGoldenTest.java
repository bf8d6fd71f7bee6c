package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.bytecode.PyCode;
import dev.snakebox.lexer.Source;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.StrRepr;
import dev.snakebox.parser.Parser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@code -m dis} does not show of a code object: qualified name, argument counts, locals,
 * stack size, flags, and the variable, cell and free names; every snippet of
 * {@code codeobjects/cases.txt} compiled must give, for each code object, what python3.13 gave
 * ({@code cases.expected}, written by {@code regenerate.py} there).
 */
class CodeObjectGoldenTest {
    @TestFactory
    List<DynamicTest> codeObjectsMatchCPython() throws IOException, URISyntaxException {
        Path dir = Paths.get(CodeObjectGoldenTest.class.getResource("codeobjects").toURI());
        String[] snippets = read(dir.resolve("cases.txt")).split("\n#----\n", -1);
        List<String> expected = Arrays.asList(read(dir.resolve("cases.expected")).split("\n"));
        List<DynamicTest> tests = new ArrayList<>();
        int line = 0;
        for (int i = 0; i < snippets.length; i++) {
            String src = snippets[i];
            String header = expected.get(line++);
            StringBuilder want = new StringBuilder();
            while (line < expected.size() && !expected.get(line).startsWith("===== ")) {
                want.append(expected.get(line++)).append('\n');
            }
            tests.add(DynamicTest.dynamicTest(i + ": " + StrRepr.repr(src), () -> {
                assertEquals(header, "===== " + StrRepr.repr(src), "snippets and expected file out of step");
                Source s = new Source("<s>", src);
                StringBuilder actual = new StringBuilder();
                describe(Compiler.compileModule(Parser.parseFile(s), s), actual);
                assertEquals(want.toString(), actual.toString());
            }));
        }
        return tests;
    }

    /** One line per code object, as regenerate.py prints it. */
    static void describe(PyCode co, StringBuilder out) {
        List<String> varnames = new ArrayList<>();
        List<String> cellvars = new ArrayList<>();
        List<String> freevars = new ArrayList<>();
        for (int i = 0; i < co.localsplusnames.length; i++) {
            byte kind = co.localspluskinds[i];
            if ((kind & PyCode.CO_FAST_LOCAL) != 0) {
                varnames.add(co.localsplusnames[i]);
            }
            if ((kind & PyCode.CO_FAST_CELL) != 0) {
                cellvars.add(co.localsplusnames[i]);
            }
            if ((kind & PyCode.CO_FAST_FREE) != 0) {
                freevars.add(co.localsplusnames[i]);
            }
        }
        out.append(co.qualname).append(' ').append(co.name).append(' ').append(co.firstlineno).append(' ')
                .append(co.argcount).append(' ').append(co.posonlyargcount).append(' ').append(co.kwonlyargcount)
                .append(' ').append(varnames.size()).append(' ').append(co.stacksize).append(' ').append(co.flags)
                .append(" varnames=").append(String.join(",", varnames))
                .append(" cellvars=").append(String.join(",", cellvars))
                .append(" freevars=").append(String.join(",", freevars)).append('\n');
        for (PyObject c : co.consts) {
            if (c instanceof PyCode) {
                describe((PyCode) c, out);
            }
        }
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
