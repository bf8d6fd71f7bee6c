package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.objects.PyStr;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link AstUnparse}: every annotation of {@code unparse/cases.txt} becomes the text
 * python3.13 stores for it under {@code from __future__ import annotations}, recorded in
 * {@code cases.expected} (as a repr) by {@code regenerate.py} there.
 */
class AstUnparseCasesTest {
    @TestFactory
    List<DynamicTest> annotationsUnparseAsCPythonDoes() throws IOException, URISyntaxException {
        Path dir = Paths.get(AstUnparseCasesTest.class.getResource("unparse").toURI());
        List<String> cases = Files.readAllLines(dir.resolve("cases.txt"), StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(dir.resolve("cases.expected"), StandardCharsets.UTF_8);
        assertEquals(cases.size(), expected.size(), "cases and expected file out of step");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String annotation = cases.get(i);
            String want = expected.get(i);
            tests.add(DynamicTest.dynamicTest(annotation, () -> {
                StmtNode.FunctionDef f = (StmtNode.FunctionDef) Listing.parse(
                        "def f(a: " + annotation + "): pass\n").body.get(0);
                ExprNode e = f.args.args.get(0).annotation;
                assertEquals(want, PyStr.of(AstUnparse.unparse(e)).repr());
            }));
        }
        return tests;
    }
}
