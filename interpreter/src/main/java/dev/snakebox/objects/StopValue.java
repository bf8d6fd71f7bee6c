package dev.snakebox.objects;

/**
 * An iterator whose exhaustion carries a value: a generator that returned {@code x} ends
 * {@code next(g)} with {@code StopIteration(x)} ({@code gen_iternext} calls
 * {@code _PyGen_SetStopIterationValue}), while {@link Slots.Next} only answers null.
 */
public interface StopValue {
    /** The StopIteration to raise for the exhaustion just seen (the last return value, then cleared). */
    PyException stopIteration();
}
