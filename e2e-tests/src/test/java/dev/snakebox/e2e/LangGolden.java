package dev.snakebox.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A golden program of the interpreter's corpus (interpreter/src/test/golden/lang/PATH), read
 * where it lies at test time, as the browser set runs it: its source, its standard input (NAME.in),
 * the other files it may import and what the oracle printed for it, with the paths rewritten
 * for the page. The oracle ran {@code <DIR>/NAME.py}; the page runs the same text as
 * {@code /main.py}, with the folder's other files at the root, so {@code <DIR>/NAME.py} reads
 * {@code /main.py} and any other {@code <DIR>} reads the root.
 */
record LangGolden(String path, String source, String stdin, Map<String, String> files, String stdout,
        String stderr, int exitCode) {
    /** The list of the browser set, on the test class path. */
    static final String LIST = "/browser-goldens.txt";
    /** The folder whose imports the programs make: they get their folder's files. */
    static final String IMPORTS = "imports/";

    static List<LangGolden> all() {
        return listed().stream().map(LangGolden::load).collect(Collectors.toList());
    }

    /** The paths the list names, in its order: lines without their '#' comments, blank ones skipped. */
    static List<String> listed() {
        List<String> paths = new ArrayList<>();
        try (var in = LangGolden.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("no " + LIST + " on the test class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                String path = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!path.isEmpty()) {
                    paths.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /** interpreter/src/test/golden/lang, given by the build (-Dsnakebox.goldens) or beside this module. */
    static Path root() {
        Path root = Paths.get(System.getProperty("snakebox.goldens", "../interpreter/src/test/golden/lang"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no golden programs at " + root.toAbsolutePath());
        }
        return root;
    }

    static LangGolden load(String path) {
        Path py = root().resolve(path);
        if (!Files.isRegularFile(py)) {
            throw new IllegalStateException(LIST + " names " + path + ", which is not a golden program");
        }
        Path dir = py.getParent();
        String file = py.getFileName().toString();
        String name = file.substring(0, file.length() - ".py".length());
        String rc = read(dir.resolve(name + ".rc"));
        String out = read(dir.resolve(name + ".out"));
        if (out == null) {
            throw new IllegalStateException(path + " has no " + name + ".out: run the oracle on its folder");
        }
        return new LangGolden(path, read(py), read(dir.resolve(name + ".in")),
                path.startsWith(IMPORTS) ? importable(dir, py) : Map.of(),
                forThePage(out, file), forThePage(orEmpty(read(dir.resolve(name + ".err"))), file),
                rc == null ? 0 : Integer.parseInt(rc.trim()));
    }

    /** Whether the run needs the JS API (stdin or files), which the playground page does not offer. */
    boolean needsApi() {
        return stdin != null || !files.isEmpty();
    }

    /** The oracle's text as the page prints it: the program is /main.py, its folder the root. */
    static String forThePage(String text, String file) {
        return text.replace("<DIR>/" + file, JvmInterpreter.PATH).replace("<DIR>/", "/").replace("<DIR>", "/");
    }

    /** The .py files of the program's folder and below, but the program: {relative path: text}. */
    private static Map<String, String> importable(Path dir, Path program) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(f -> f.toString().endsWith(".py") && !f.equals(program)).sorted()
                    .forEach(f -> files.put(dir.relativize(f).toString().replace('\\', '/'), read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(Path path) {
        if (!Files.exists(path)) {
            return null;
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String toString() {
        return path;
    }
}
