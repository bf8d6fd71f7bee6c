package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.Snakebox;
import dev.snakebox.golden.CapturingConsole;
import dev.snakebox.modules.RunOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hashes (numbers, str and bytes by SipHash-1-3, tuples, frozensets) and set iteration order as
 * 64-bit CPython with PYTHONHASHSEED=0 prints them: the word-size dependent cases the 32-bit
 * oracle cannot check. {@code src/test/hash64/hash_order.out} is written by
 * {@code src/test/hash64/generate} (python3 with PYTHONHASHSEED=0), never by hand.
 */
class HashOrder64Test {
    private static final Path DIR = Path.of("src/test/hash64");

    @Test
    void hashesAndSetOrderMatch64BitCPython() throws IOException {
        String source = Files.readString(DIR.resolve("hash_order.py"), StandardCharsets.UTF_8);
        String expected = Files.readString(DIR.resolve("hash_order.out"), StandardCharsets.UTF_8);
        CapturingConsole console = new CapturingConsole();
        RunOptions options = new RunOptions();
        options.argv = List.of("hash_order.py");
        int status = Snakebox.run(source, "hash_order.py", options, console);
        assertEquals("", console.err());
        assertEquals(0, status);
        assertEquals(expected, console.out());
    }
}
