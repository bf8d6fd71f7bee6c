package dev.snakebox.objects;

/**
 * A built-in callable that hands some of its calls to a function written in Python: the eval
 * loop then runs that function in a frame of its own, as it runs any Python function, instead of
 * calling the built-in from Java. What the function does can therefore pause a run in the page
 * (an {@code input()} inside it), which a call from Java cannot (differences/pause-in-native-call.md).
 * A call that does not come from the loop (a built-in calling it) goes through {@code tp_call} as usual.
 */
public abstract class PyHandingOff extends PyObject {
    /**
     * The Python function to call instead, with the same arguments, for a call with
     * {@code nargs} positional arguments and {@code kwnames}; null to call the built-in itself.
     */
    public abstract PyFunction handOff(int nargs, PyTuple kwnames);
}
