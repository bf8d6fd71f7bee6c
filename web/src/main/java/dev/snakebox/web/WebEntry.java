package dev.snakebox.web;

import dev.snakebox.Console;
import dev.snakebox.Run;
import dev.snakebox.Snakebox;
import dev.snakebox.data.DataFiles;
import dev.snakebox.modules.MemoryFileSystem;
import dev.snakebox.modules.RunOptions;
import dev.snakebox.objects.text.HostText;
import org.teavm.jso.JSExport;

/**
 * The one class TeaVM exports to JavaScript (both the JS and the wasm-gc build): a program run in
 * slices ({@link Run}) that the worker drives, and the {@code -m ast} and {@code -m dis} front-door
 * calls, with the output forwarded to a JS callback as it is written. The browser has no file
 * system, so every program is the file {@value #PATH}, and the files it imports are those the
 * page passes ({@link #startWithFiles}).
 *
 * <p>A run: {@link #start} runs the first slice and returns a status, {@link #FINISHED},
 * {@link #SLICE} (call {@link #resume} again, after yielding to the event loop), {@link #INPUT}
 * ({@code input()} waits: {@link #prompt}; answer with {@link #resumeWithLine}, or {@link #resume}
 * for the end of the input) or {@link #SLEEP} ({@code time.sleep()}: call {@link #resume} after
 * {@link #sleepMillis}); once finished, {@link #exitCode}. One run at a time: starting another
 * abandons the one before.
 */
public final class WebEntry {
    /** The path tracebacks show: {@code File "/main.py", line N, in <module>}. */
    static final String PATH = "/main.py";

    /** Status: the run has finished; {@link #exitCode} is its exit status. */
    public static final int FINISHED = Run.FINISHED;
    /** Status: the slice's instruction budget is used up. */
    public static final int SLICE = Run.SLICE;
    /** Status: {@code input()} waits for a line. */
    public static final int INPUT = Run.INPUT;
    /** Status: {@code time.sleep()} waits. */
    public static final int SLEEP = Run.SLEEP;

    /** Characters of output after which a run is stopped (differences/output-limit.md). */
    static final long OUTPUT_LIMIT = 8_000_000;

    private static Run run;

    private WebEntry() {}

    /**
     * Starts running {@code source} like {@code python3.13 /main.py}, with its output sent to
     * {@code sink}; returns the status of the first slice.
     */
    @JSExport
    public static int start(String source, OutputSink sink) {
        return startWithFiles(source, new String[0], sink);
    }

    /**
     * {@link #start} with other files the program can import (the JS API's {@code files: {path:
     * text}}), given as a flat array {@code [path1, text1, path2, text2, ...]}; a path without a
     * leading '/' lies in the root, beside {@code /main.py}.
     */
    @JSExport
    public static int startWithFiles(String source, String[] files, OutputSink sink) {
        MemoryFileSystem fs = new MemoryFileSystem();
        for (int i = 0; i + 1 < files.length; i += 2) {
            fs.put(files[i], files[i + 1]);
        }
        fs.put(PATH, source);
        Run.Options options = new Run.Options();
        options.outputLimit = OUTPUT_LIMIT;
        options.program.files = fs;
        run = Run.start(source, PATH, console(sink), options);
        return run.status();
    }

    /** Goes on after {@link #SLICE} or {@link #SLEEP}; after {@link #INPUT}, input() gets the end of the input (EOFError). */
    @JSExport
    public static int resume() {
        return run.resume(null);
    }

    /** Goes on after {@link #INPUT}: {@code line} (without its line end) is what input() returns. */
    @JSExport
    public static int resumeWithLine(String line) {
        return run.resume(line);
    }

    /** While {@link #INPUT}: the prompt of the input() call (already written to stdout). */
    @JSExport
    public static String prompt() {
        return run.prompt();
    }

    /** While {@link #SLEEP}: how long to wait before {@link #resume}, in milliseconds. */
    @JSExport
    public static double sleepMillis() {
        return run.sleepMillis();
    }

    /** Once {@link #FINISHED}: the exit status {@code python3.13} would give. */
    @JSExport
    public static int exitCode() {
        return run.exitCode();
    }

    /**
     * Where the engine's data files (docstrings, Unicode names, pydoc topics) come from:
     * {@code fetch(name)} returns the text of {@code data/NAME}, or null; called once per file,
     * on first use.
     */
    @JSExport
    public static void setDataFiles(TextFetch fetch) {
        DataFiles.setFetcher(fetch::load);
    }

    /**
     * Lets the JavaScript engine join strings and print ints ({@link JsText}): the JS build's
     * worker calls it once after loading; the wasm-gc build keeps its own.
     */
    @JSExport
    public static void useHostStrings() {
        HostText.install(new JsText());
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
