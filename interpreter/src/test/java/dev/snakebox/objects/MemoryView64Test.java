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
 * memoryview's word-size dependent cases as 64-bit CPython prints them, which the 32-bit oracle
 * cannot check: formats 'l', 'L', 'n', 'N' and 'P' of 8 bytes, ssize_t bounds of shapes and
 * indices, '?' items of bytes other than 0 and 1. {@code src/test/memview64/formats64.out} is
 * written by {@code src/test/memview64/generate} (python3), never by hand.
 */
class MemoryView64Test {
    private static final Path DIR = Path.of("src/test/memview64");

    @Test
    void wordSizedFormatsMatch64BitCPython() throws IOException {
        String source = Files.readString(DIR.resolve("formats64.py"), StandardCharsets.UTF_8);
        String expected = Files.readString(DIR.resolve("formats64.out"), StandardCharsets.UTF_8);
        CapturingConsole console = new CapturingConsole();
        RunOptions options = new RunOptions();
        options.argv = List.of("formats64.py");
        int status = Snakebox.run(source, "formats64.py", options, console);
        assertEquals("", console.err());
        assertEquals(0, status);
        assertEquals(expected, console.out());
    }
}
