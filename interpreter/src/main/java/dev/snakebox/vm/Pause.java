package dev.snakebox.vm;

import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyObject;

/**
 * Why a slice of a run ended, and what the host is asked for: the statuses {@link Interpreter}
 * returns to its host, and the request a built-in made ({@code input()}, {@code time.sleep()}).
 * CPython has no counterpart: it blocks its thread where a browser cannot.
 *
 * <p>A request travels up the Java stack as {@link #carrier}, a RuntimeError saying that the run
 * cannot pause there. The loop catches it like any Python exception; when the call that raised
 * it is the instruction the outermost loop is running, the loop pauses instead (the call's
 * stack items popped, the answer pushed on resume). Anywhere else (inside a sort key, an
 * {@code __eq__}, a built-in that called it) it stays the RuntimeError.
 */
public final class Pause {
    /** The run finished: its exit status is known. */
    public static final int FINISHED = 0;
    /** The instruction budget of the slice was used up: resume at once (after yielding to the page). */
    public static final int SLICE = 1;
    /** {@code input()}: resume with the line typed (null: end of input). */
    public static final int INPUT = 2;
    /** {@code time.sleep()}: resume after {@link #nanos}. */
    public static final int SLEEP = 3;

    /** {@link #INPUT} or {@link #SLEEP}. */
    final int kind;
    /** The built-in function that asked (its call is the one the answer completes). */
    final PyObject caller;
    /** The prompt of {@code input()} (already written to stdout), or "". */
    final String prompt;
    /** How long {@code time.sleep()} waits. */
    final long nanos;
    /** What is thrown up the Java stack: the RuntimeError of a pause where none can happen. */
    final PyException carrier;

    Pause(int kind, PyObject caller, String prompt, long nanos, PyException carrier) {
        this.kind = kind;
        this.caller = caller;
        this.prompt = prompt;
        this.nanos = nanos;
        this.carrier = carrier;
    }

    /** The RuntimeError message for {@code what} asked where the run cannot pause. */
    static String cannotPause(String what) {
        return what + " cannot pause the program here: it was called from inside a built-in operation"
                + " (a sort key, __eq__, __repr__, a function passed to map()...), which cannot be suspended"
                + " in the browser; call it from your own code instead";
    }
}
