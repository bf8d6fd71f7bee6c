package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
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
 * The symbol table's SyntaxErrors and those code generation raises about where code may stand
 * ({@link SymbolTable}, {@link CodeGen}): every snippet of {@code symtable/cases.txt}, compiled,
 * fails with the error python3.13's compile() raises, or compiles where it does, as recorded in
 * {@code cases.expected} by {@code regenerate.py} there; and every snippet of
 * {@code symtable/dumps.txt} gives the scopes and names CPython's {@code symtable} module shows,
 * as {@code dump_regenerate.py} there recorded them in {@code dumps.expected}.
 */
class SymbolTableTest {
    @TestFactory
    List<DynamicTest> scopeErrorsMatchCPython() throws IOException, URISyntaxException {
        Path dir = Paths.get(SymbolTableTest.class.getResource("symtable").toURI());
        String[] snippets = read(dir.resolve("cases.txt")).split("\n#----\n", -1);
        String[] expected = read(dir.resolve("cases.expected")).split("\n");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < snippets.length; i++) {
            String src = snippets[i];
            String header = expected[2 * i];
            String want = expected[2 * i + 1];
            tests.add(DynamicTest.dynamicTest(i + ": " + StrRepr.repr(src), () -> {
                assertEquals(header, "===== " + StrRepr.repr(src), "snippets and expected file out of step");
                String actual;
                try {
                    Source s = new Source("<s>", src);
                    Compiler.compileModule(Parser.parseFile(s), s);
                    actual = "ok";
                } catch (SourceError e) {
                    actual = e.type + " " + StrRepr.repr(e.msg) + " " + e.lineno + " " + e.offset + " " + e.endLineno + " " + e.endOffset;
                }
                assertEquals(want, actual);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> symbolTablesMatchCPython() throws IOException, URISyntaxException {
        Path dir = Paths.get(SymbolTableTest.class.getResource("symtable").toURI());
        String[] snippets = read(dir.resolve("dumps.txt")).split("\n#----\n", -1);
        List<String> expected = Arrays.asList(read(dir.resolve("dumps.expected")).split("\n"));
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
                String actual;
                try {
                    actual = SymbolTableDump.of(SymbolTable.build(Parser.parseFile(new Source("<s>", src))));
                } catch (SourceError e) {
                    actual = e.type + " " + StrRepr.repr(e.msg) + " " + e.lineno + " " + e.offset + " " + e.endLineno
                            + " " + e.endOffset + "\n";
                }
                assertEquals(want.toString(), actual);
            }));
        }
        return tests;
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
