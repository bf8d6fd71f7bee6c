package dev.snakebox.vm;

/**
 * A host that answers {@code input()} and {@code time.sleep()} on the spot, blocking its thread
 * (the JVM). Given to the {@link Interpreter}, it answers the requests made where the run cannot
 * pause (inside a nested call from Java code); without one (the browser) those are RuntimeErrors.
 */
public interface BlockingHost {
    /** A line of standard input without its line end, or null at the end of the input. */
    String readLine();

    /** Blocks for {@code nanos} nanoseconds. */
    void sleep(long nanos);
}
