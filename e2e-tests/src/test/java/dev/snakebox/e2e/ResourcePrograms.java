package dev.snakebox.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A folder of test programs on the test class path (NAME.py beside the oracle's outputs for it),
 * and the (engine, program) pairs a pane test runs.
 */
final class ResourcePrograms {
    private final Path dir;

    ResourcePrograms(String folder) {
        URL url = ResourcePrograms.class.getResource("/" + folder);
        if (url == null) {
            throw new IllegalStateException("no " + folder + " directory on the test class path");
        }
        try {
            dir = Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every program of the folder on every engine, as JUnit arguments (engine, file name). */
    Stream<Arguments> onEveryEngine() {
        List<String> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".py")).sorted().forEach(programs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Arguments> cases = new ArrayList<>();
        for (Engine engine : Engine.values()) {
            for (String py : programs) {
                cases.add(Arguments.of(engine, py));
            }
        }
        return cases.stream();
    }

    String read(String file) {
        try {
            return new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stem(String file) {
        return file.substring(0, file.length() - ".py".length());
    }
}
