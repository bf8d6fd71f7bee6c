package dev.snakebox.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AST pane on programs that use much of the grammar (src/test/resources/ast-programs: NAME.py
 * with the oracle's {@code -m ast} and {@code -m ast -a} output), on both engines, with the
 * positions toggle off and on. These programs need not run: only the AST pane is compared.
 */
class AstPaneIT extends BrowserTest {
    private static final ResourcePrograms PROGRAMS = new ResourcePrograms("ast-programs");

    static Stream<Arguments> programsOnEngines() {
        return PROGRAMS.onEveryEngine();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("programsOnEngines")
    void theAstPaneShowsWhatCPythonPrints(Engine engine, String file) {
        String name = ResourcePrograms.stem(file);
        PlaygroundPage page = open(engine);
        page.setCode(PROGRAMS.read(file));
        page.run();
        assertEquals(PROGRAMS.read(name + ".ast"), page.stdout("ast-pane"), "AST pane");
        page.setPositions(true);
        page.run();
        assertEquals(PROGRAMS.read(name + ".ast-a"), page.stdout("ast-pane"), "AST pane with positions");
    }
}
