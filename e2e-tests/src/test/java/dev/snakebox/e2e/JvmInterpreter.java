package dev.snakebox.e2e;

import dev.snakebox.Console;
import dev.snakebox.Snakebox;
import dev.snakebox.modules.MemoryFileSystem;
import dev.snakebox.modules.RunOptions;
import java.util.Map;

/** The interpreter on the JVM, answering as the browser's engines must: the file is /main.py. */
final class JvmInterpreter {
    static final String PATH = "/main.py";

    private JvmInterpreter() {}

    static Output run(String source) {
        return run(source, "");
    }

    /** A run whose input() reads the lines of {@code stdin}, as the JS API's stdin option gives them. */
    static Output run(String source, String stdin) {
        Capture capture = new Capture(stdin);
        int exitCode = Snakebox.run(source, PATH, capture);
        return capture.output(exitCode);
    }

    /** A run with other files beside /main.py, as the JS API's files option gives them. */
    static Output run(String source, Map<String, String> files) {
        MemoryFileSystem fs = new MemoryFileSystem();
        files.forEach(fs::put);
        fs.put(PATH, source);
        RunOptions options = new RunOptions();
        options.files = fs;
        Capture capture = new Capture();
        int exitCode = Snakebox.run(source, PATH, options, capture);
        return capture.output(exitCode);
    }

    static Output ast(String source, boolean attributes) {
        Capture capture = new Capture();
        int exitCode = Snakebox.ast(source, PATH, attributes, capture);
        return capture.output(exitCode);
    }

    static Output dis(String source) {
        Capture capture = new Capture();
        int exitCode = Snakebox.dis(source, PATH, capture);
        return capture.output(exitCode);
    }

    private static final class Capture implements Console {
        private final StringBuilder stdout = new StringBuilder();
        private final StringBuilder stderr = new StringBuilder();
        private final String stdin;
        private int at;

        Capture() {
            this("");
        }

        Capture(String stdin) {
            this.stdin = stdin;
        }

        /** The next line of stdin without its newline; null at the end (EOF). */
        @Override
        public String readLine() {
            if (at >= stdin.length()) {
                return null;
            }
            int end = stdin.indexOf('\n', at);
            String line = end < 0 ? stdin.substring(at) : stdin.substring(at, end);
            at = end < 0 ? stdin.length() : end + 1;
            return line;
        }

        @Override
        public void stdout(String text) {
            stdout.append(text);
        }

        @Override
        public void stderr(String text) {
            stderr.append(text);
        }

        Output output(int exitCode) {
            return new Output(stdout.toString(), stderr.toString(), exitCode);
        }
    }
}
