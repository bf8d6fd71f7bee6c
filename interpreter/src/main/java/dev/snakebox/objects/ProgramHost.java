package dev.snakebox.objects;

/**
 * What a built-in asks of the program's host that the program itself cannot do: a line of
 * standard input ({@code input()}) and a pause of some time ({@code time.sleep()}). The running
 * interpreter answers, either at once (blocking, on the JVM) or by ending the run's slice so that
 * the host (the browser) answers later, as the result of the call that asked.
 *
 * <p>Either method may throw a {@link PyException}: the RuntimeError that says the run cannot
 * pause where the call was made, which the interpreter turns into a pause instead when the call
 * came straight from the program's outermost loop.
 */
public interface ProgramHost {
    /**
     * A line of standard input without its line end, or null at the end of the input. The prompt
     * has been written to standard output already; it is passed on for hosts that show it.
     */
    String readLine(PyObject caller, String prompt);

    /** Waits {@code nanos} nanoseconds (not negative). */
    void sleep(PyObject caller, long nanos);

    /** A host with no input, for code run without an interpreter: end of input, no waiting. */
    ProgramHost NONE = new ProgramHost() {
        @Override
        public String readLine(PyObject caller, String prompt) {
            return null;
        }

        @Override
        public void sleep(PyObject caller, long nanos) {}
    };

    /** The running interpreter's host. */
    static ProgramHost current() {
        ThreadState.Evaluator e = ThreadState.current().evaluator;
        return e instanceof ProgramHost ? (ProgramHost) e : NONE;
    }
}
