package dev.snakebox.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Bytecode pane on programs that use much of the language (src/test/resources/dis-programs:
 * NAME.py with the oracle's {@code -m dis} of it as /main.py, code objects' addresses masked), on
 * both engines. These programs need not run: only the Bytecode pane is compared.
 */
class BytecodePaneIT extends BrowserTest {
    private static final ResourcePrograms PROGRAMS = new ResourcePrograms("dis-programs");

    static Stream<Arguments> programsOnEngines() {
        return PROGRAMS.onEveryEngine();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("programsOnEngines")
    void theBytecodePaneShowsWhatCPythonPrints(Engine engine, String file) {
        PlaygroundPage page = open(engine);
        page.setCode(PROGRAMS.read(file));
        page.run();
        String shown = page.stdout("bytecode-pane").replaceAll(" at 0x[0-9a-fA-F]+", " at 0x?");
        assertEquals(PROGRAMS.read(ResourcePrograms.stem(file) + ".dis"), shown, "Bytecode pane");
    }
}
