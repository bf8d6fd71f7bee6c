package dev.snakebox.vm;

/**
 * Thrown when a program has written all the output its host allows
 * ({@link Interpreter#setOutputLimit}): a Java exception, not a Python one, so that no
 * {@code except} or {@code finally} of the program runs and the run ends at once. The host
 * reports it (differences/output-limit.md).
 */
public final class OutputLimitExceeded extends RuntimeException {
    public OutputLimitExceeded() {
        super(null, null, false, false);
    }
}
