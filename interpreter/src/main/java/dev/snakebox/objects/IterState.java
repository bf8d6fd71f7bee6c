package dev.snakebox.objects;

/**
 * The argument of the built-in iterators' {@code __setstate__} (the pickling protocol's restore
 * of a position): CPython's {@code PyLong_AsSsize_t}, which takes an int and nothing else.
 */
final class IterState {
    private IterState() {}

    static long index(PyObject state) {
        if (!(state instanceof PyInt)) {
            throw Errors.typeError("an integer is required");
        }
        PyInt i = (PyInt) state;
        if (i.big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** {@code index} clipped to [low, high], silently as CPython does. */
    static int clip(long index, int low, int high) {
        return (int) Math.max(low, Math.min(high, index));
    }
}
