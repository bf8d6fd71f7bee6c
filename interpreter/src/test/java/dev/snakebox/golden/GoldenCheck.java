package dev.snakebox.golden;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one golden case, a program in one {@link Mode}, through the interpreter and compares
 * what it printed with the golden files, after the oracle's normalisations. The interpreter
 * runs on its own thread so that a runaway loop becomes a timed-out verdict instead of a hung
 * build, and a Java exception escaping it becomes a crashed verdict with its stack trace.
 */
public final class GoldenCheck {
    /** How many lines of an unexpected stderr a report quotes. */
    private static final int STDERR_LINES = 20;

    private GoldenCheck() {}

    public static Verdict check(GoldenProgram program, Mode mode, FrontDoor door, Duration timeout) {
        String source = program.source();
        String path = program.file().toString();
        CapturingConsole console = new CapturingConsole(program.read("in", ""));
        int[] status = {0};
        Throwable[] thrown = {null};
        Thread worker = new Thread(() -> {
            try {
                status[0] = mode.invoke(door, source, path, console);
            } catch (Throwable t) { // anything at all: it is the interpreter's bug, reported below
                thrown[0] = t;
            }
        }, "golden " + program.name() + " " + mode.label);
        worker.setDaemon(true); // a thread we cannot stop must not keep the JVM alive
        worker.start();
        try {
            worker.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + program.name(), e);
        }
        String title = program.name() + " (" + mode.label + ")";
        if (worker.isAlive()) {
            worker.interrupt();
            return new Verdict(Verdict.Kind.TIMED_OUT,
                    title + ": did not finish within " + timeout.toSeconds() + " s (the thread is left running)\n"
                            + quote("stdout so far", console.out()) + quote("stderr so far", console.err()),
                    "", "", null);
        }
        if (thrown[0] != null) {
            return new Verdict(Verdict.Kind.CRASHED,
                    title + ": a Java exception escaped the interpreter:\n" + stackTrace(thrown[0])
                            + quote("stdout before it", console.out()) + quote("stderr before it", console.err()),
                    "", "", thrown[0]);
        }
        return mode == Mode.RUN
                ? compareRun(title, program, console, status[0])
                : compareListing(title, program, mode, console, status[0]);
    }

    /** python3.13 NAME.py: stdout, stderr and exit status must all be the oracle's. */
    private static Verdict compareRun(String title, GoldenProgram program, CapturingConsole console, int status) {
        Normaliser normaliser = new Normaliser(folderSpellings(program.file()));
        String out = normaliser.pathsAndAddresses(console.out());
        String err = normaliser.pathsAndAddresses(console.err());
        String expectedOut = program.read("out", "");
        String expectedErr = program.read("err", "");
        int expectedStatus = expectedStatus(program);
        List<String> problems = new ArrayList<>();
        String base = program.file().getFileName().toString().replaceFirst("\\.py$", "");
        diff(problems, "stdout differs from " + base + ".out", expectedOut, out);
        diff(problems, "stderr differs from " + base + ".err" + (program.has("err") ? "" : " (absent: empty)"),
                expectedErr, err);
        if (status != expectedStatus) {
            problems.add("exit status " + status + ", expected " + expectedStatus
                    + (program.has("rc") ? " (" + base + ".rc)" : " (no " + base + ".rc)") + "\n");
        }
        if (problems.isEmpty()) {
            return passed();
        }
        if (expectedErr.equals(err) && !err.isEmpty()) {
            problems.add(quote("stderr (as expected)", err));
        }
        return new Verdict(Verdict.Kind.DIFFERS, title + ":\n" + String.join("", problems),
                everything(expectedOut, expectedErr, expectedStatus), everything(out, err, status), null);
    }

    /** -m ast [-a] and -m dis: stdout must be the golden listing, and the exit status 0. */
    private static Verdict compareListing(String title, GoldenProgram program, Mode mode,
            CapturingConsole console, int status) {
        // the oracle rewrites addresses in .dis only; an AST dump has none
        String out = mode == Mode.DIS
                ? Normaliser.addresses(new Normaliser(folderSpellings(program.file())).relativePaths(console.out()))
                : console.out();
        String expected = program.read(mode.extension, "");
        List<String> problems = new ArrayList<>();
        String file = program.golden(mode.extension).getFileName().toString();
        diff(problems, "stdout differs from " + file, expected, out);
        if (status != 0) {
            problems.add("exit status " + status + ", expected 0\n");
        }
        if (problems.isEmpty()) {
            return passed();
        }
        if (!console.err().isEmpty()) {
            problems.add(quote("stderr", console.err()));
        }
        return new Verdict(Verdict.Kind.DIFFERS, title + ":\n" + String.join("", problems),
                expected + "[exit status 0]\n", out + "[exit status " + status + "]\n", null);
    }

    private static Verdict passed() {
        return new Verdict(Verdict.Kind.PASSED, "", "", "", null);
    }

    private static void diff(List<String> problems, String what, String expected, String actual) {
        String diff = TextDiff.describe(expected, actual);
        if (diff != null) {
            problems.add(what + ": " + diff);
        }
    }

    private static int expectedStatus(GoldenProgram program) {
        String rc = program.read("rc", "0").strip();
        try {
            return Integer.parseInt(rc);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(program.golden("rc") + " is not an exit status: " + rc, e);
        }
    }

    /** The program's folder as a traceback may spell it: absolute, and with links resolved. */
    static List<String> folderSpellings(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            return List.of(dir.toString(), dir.toRealPath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All of a run in one text, so an IDE's diff view shows every stream side by side. */
    private static String everything(String out, String err, int status) {
        return "[stdout]\n" + out + "[stderr]\n" + err + "[exit status " + status + "]\n";
    }

    private static String quote(String what, String text) {
        if (text.isEmpty()) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(what).append(":\n");
        int shown = Math.min(lines.length, STDERR_LINES);
        for (int i = 0; i < shown; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) {
                break;
            }
            b.append("    ").append(TextDiff.visible(lines[i])).append('\n');
        }
        if (lines.length > STDERR_LINES + 1) {
            b.append("    ... ").append(lines.length - STDERR_LINES).append(" more lines\n");
        }
        return b.toString();
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
