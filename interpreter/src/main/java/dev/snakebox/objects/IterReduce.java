package dev.snakebox.objects;

/**
 * The reductions of the built-in iterators, which pickle and copy rebuild with {@code iter()}:
 * {@code (iter, (sequence,), index)} while one runs, {@code (iter, (empty,))} once exhausted;
 * CPython's {@code listiter_reduce_general}, {@code tupleiter_reduce}, {@code unicodeiter_reduce},
 * {@code striter_reduce}, {@code iter_reduce}, {@code calliter_reduce}, {@code dictiter_reduce},
 * {@code setiter_reduce} (the last two save the items still to come, as a list).
 */
final class IterReduce {
    private IterReduce() {}

    /** {@code (iter, (seq,), index)}. */
    static PyObject at(PyObject seq, long index) {
        return PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(seq), PyInt.of(index));
    }

    /** {@code (iter, (empty,))}: an exhausted iterator rebuilds as one over an empty sequence. */
    static PyObject exhausted(PyObject empty) {
        return PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(empty));
    }

    /** {@code (iter, (list(rest),))}: the items a copy of the iterator would still give. */
    static PyObject remaining(PyObject copy) {
        PyList rest = new PyList();
        PyObject x;
        while ((x = Abstract.next(copy)) != null) {
            rest.append(x);
        }
        return exhausted(rest);
    }
}
