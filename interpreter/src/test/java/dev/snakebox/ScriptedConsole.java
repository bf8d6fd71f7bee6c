package dev.snakebox;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** A console with scripted standard input that keeps what a run printed, for the run tests. */
final class ScriptedConsole implements Console {
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();
    /** Everything in the order written, stderr marked: to check how the two interleave. */
    final StringBuilder both = new StringBuilder();
    private final Deque<String> lines;
    int reads;

    ScriptedConsole(String... lines) {
        this.lines = new ArrayDeque<>(Arrays.asList(lines));
    }

    @Override
    public void stdout(String text) {
        out.append(text);
        both.append(text);
    }

    @Override
    public void stderr(String text) {
        err.append(text);
        both.append("<err>").append(text).append("</err>");
    }

    @Override
    public String readLine() {
        reads++;
        return lines.poll();
    }

    /** The next scripted line, as a pausing host gives it on resume. */
    String nextLine() {
        return lines.poll();
    }
}
