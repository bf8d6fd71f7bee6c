package dev.snakebox.golden;

import dev.snakebox.Console;

/**
 * A console that keeps what a run printed, for comparison with the golden files, and gives the
 * program its standard input: the text of NAME.in (empty when there is none), line by line, split
 * at {@code \n} only as CPython's {@code sys.stdin} is outside Windows.
 */
public final class CapturingConsole implements Console {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final String stdin;
    private int next;

    public CapturingConsole() {
        this("");
    }

    public CapturingConsole(String stdin) {
        this.stdin = stdin;
    }

    @Override
    public synchronized void stdout(String text) {
        out.append(text);
    }

    @Override
    public synchronized void stderr(String text) {
        err.append(text);
    }

    @Override
    public synchronized String readLine() {
        int n = stdin.length();
        if (next >= n) {
            return null;
        }
        int end = stdin.indexOf('\n', next);
        String line = stdin.substring(next, end < 0 ? n : end);
        next = end < 0 ? n : end + 1;
        return line;
    }

    /** All of standard input, for a front door that passes it on as a stream (the CLI). */
    public String stdin() {
        return stdin;
    }

    public synchronized String out() {
        return out.toString();
    }

    public synchronized String err() {
        return err.toString();
    }
}
