package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceWarning;
import dev.snakebox.parser.Parser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The compiler's SyntaxWarnings ({@link SyntaxWarnings}) against those python3.13 emits compiling
 * the same file (missing_commas.warnings, written by regenerate.py in compiler/warnings/).
 */
class SyntaxWarningsTest {
    @Test
    void literalsCalledOrIndexedWarnAsInCPython() throws IOException, URISyntaxException {
        Path dir = Paths.get(SyntaxWarningsTest.class.getResource("warnings").toURI());
        String text = new String(Files.readAllBytes(dir.resolve("missing_commas.py")), StandardCharsets.UTF_8);
        Source src = new Source("missing_commas.py", text);
        Compiler.compileModule(Parser.parseFile(src), src);
        StringBuilder actual = new StringBuilder();
        for (SourceWarning w : src.warnings()) {
            actual.append(w.lineno).append(' ').append(w.category).append(' ').append(w.message).append('\n');
        }
        String expected = new String(Files.readAllBytes(dir.resolve("missing_commas.warnings")), StandardCharsets.UTF_8);
        assertEquals(expected, actual.toString());
    }
}
