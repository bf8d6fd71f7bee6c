package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.ast.AstDump;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.lexer.Source;
import dev.snakebox.objects.PyObject;
import dev.snakebox.parser.Parser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code NAME.py} under {@code dev/snakebox/compiler/optimizer/}, folded by
 * {@link AstOptimizer}, must dump statement by statement as {@code NAME.opt}, which
 * {@code regenerate.py} there wrote from python3.13's own optimised AST
 * ({@code compile(..., flags=ast.PyCF_OPTIMIZED_AST)}): every node kind is walked, and each
 * folding (tuples, subscripts, {@code in} lists and sets, complex numbers, docstrings, string
 * annotations under {@code from __future__ import annotations}) matches CPython's.
 */
class AstOptimizerGoldenTest {
    @TestFactory
    List<DynamicTest> optimisedTreesMatchCPython() throws IOException, URISyntaxException {
        Path dir = Paths.get(AstOptimizerGoldenTest.class.getResource("optimizer").toURI());
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".py") && !p.endsWith("regenerate.py")).sorted()
                    .collect(Collectors.toList());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : sources) {
            String name = py.getFileName().toString().replaceFirst("\\.py$", "");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String text = new String(Files.readAllBytes(py), StandardCharsets.UTF_8);
                ModNode.Module mod = Parser.parseFile(new Source(py.getFileName().toString(), text));
                ModNode.Module folded = AstOptimizer.optimize(mod, FutureFeatures.of(mod).annotations);
                StringBuilder actual = new StringBuilder();
                for (StmtNode s : folded.body) {
                    actual.append(AstDump.dump(s, false, (String) null, v -> ((PyObject) v).repr())).append('\n');
                }
                String expected = new String(Files.readAllBytes(dir.resolve(name + ".opt")), StandardCharsets.UTF_8);
                assertEquals(expected, actual.toString());
            }));
        }
        return tests;
    }
}
