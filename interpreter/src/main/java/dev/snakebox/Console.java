package dev.snakebox;

/**
 * Where a run's text goes, and where {@code input()} reads from on a host that can block (the
 * JVM): the standard streams of the Python program. The CLI uses the process's streams; the web
 * glue forwards the output to the page and answers {@code input()} by pausing the run instead
 * ({@link Run}).
 */
public interface Console {
    void stdout(String text);

    void stderr(String text);

    /**
     * The next line of standard input without its {@code \n} (a {@code \r} before it is kept, as
     * CPython's {@code sys.stdin} keeps it outside Windows), or null at the end of the input;
     * blocks until there is one. Without input: always null.
     */
    default String readLine() {
        return null;
    }
}
