package dev.snakebox.objects;

import java.math.BigInteger;

/** The iterator of a range with values past the long range; CPython's {@code longrange_iterator}. */
final class PyLongRangeIter extends PyObject {
    static final PyType TYPE = PyType.builtin("longrange_iterator", PyType.OBJECT, 0,
            t -> {
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyLongRangeIter) self).next();
            },
            t -> t.method("__reduce__()", (self, a) -> {
                PyLongRangeIter it = (PyLongRangeIter) self;
                BigInteger stop = it.next.add(it.remaining.multiply(it.step));
                return PyTuple.of(ObjectReduce.builtin("iter"),
                        PyTuple.of(Abstract.call(PyRange.TYPE, PyInt.of(it.next), PyInt.of(stop), PyInt.of(it.step))),
                        PyNone.NONE);
            }));

    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    PyLongRangeIter(BigInteger first, BigInteger step, BigInteger count) {
        this.next = first;
        this.step = step;
        this.remaining = count;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        if (remaining.signum() <= 0) {
            return null;
        }
        remaining = remaining.subtract(BigInteger.ONE);
        BigInteger v = next;
        next = v.add(step);
        return PyInt.of(v);
    }
}
