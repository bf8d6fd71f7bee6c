package dev.snakebox.web;

import dev.snakebox.Console;
import dev.snakebox.Snakebox;
import dev.snakebox.modules.MemoryFileSystem;
import dev.snakebox.modules.RunOptions;
import org.teavm.jso.JSExport;

/**
 * The one class TeaVM exports to JavaScript (both the JS and the wasm-gc build): the three
 * {@link Snakebox} front-door calls, with the program's output forwarded to a JS callback as it is
 * written. The browser has no file system, so every program is the file {@value #PATH}, and the
 * files it imports are those the page passes ({@link #runWithFiles}).
 */
public final class WebEntry {
    /** The path tracebacks show: {@code File "/main.py", line N, in <module>}. */
    static final String PATH = "/main.py";

    private WebEntry() {}

    /** Runs {@code source} like {@code python3.13 /main.py}; returns the exit status. */
    @JSExport
    public static int run(String source, OutputSink sink) {
        return Snakebox.run(source, PATH, console(sink));
    }

    /**
     * Runs {@code source} as {@code /main.py} beside other files the program can import (the JS
     * API's {@code files: {path: text}}), given as a flat array {@code [path1, text1, path2,
     * text2, ...]}; a path without a leading '/' lies in the root, beside {@code /main.py}.
     * Returns the exit status.
     */
    @JSExport
    public static int runWithFiles(String source, String[] files, OutputSink sink) {
        MemoryFileSystem fs = new MemoryFileSystem();
        for (int i = 0; i + 1 < files.length; i += 2) {
            fs.put(files[i], files[i + 1]);
        }
        fs.put(PATH, source);
        RunOptions options = new RunOptions();
        options.files = fs;
        return Snakebox.run(source, PATH, options, console(sink));
    }

    /** Prints what {@code python3.13 -m ast [-a] /main.py} prints; returns the exit status. */
    @JSExport
    public static int ast(String source, boolean attributes, OutputSink sink) {
        return Snakebox.ast(source, PATH, attributes, console(sink));
    }

    /** Prints what {@code python3.13 -m dis /main.py} prints; returns the exit status. */
    @JSExport
    public static int dis(String source, OutputSink sink) {
        return Snakebox.dis(source, PATH, console(sink));
    }

    private static Console console(OutputSink sink) {
        return new Console() {
            @Override
            public void stdout(String text) {
                sink.write(OutputSink.STDOUT, text);
            }

            @Override
            public void stderr(String text) {
                sink.write(OutputSink.STDERR, text);
            }
        };
    }
}
