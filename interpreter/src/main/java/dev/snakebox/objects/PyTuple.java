package dev.snakebox.objects;

/**
 * {@code tuple}; CPython's {@code PyTupleObject} ({@code Objects/tupleobject.c}). Immutable: the
 * array is owned by the tuple and never written after construction.
 */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, PyType.BASETYPE, TupleType::fill, TupleType::define);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    protected PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** A tuple of {@code items}; the array is copied, so the caller may reuse it. */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** A tuple that takes ownership of {@code items}: the caller must not write it afterwards. */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** The items {@code array[from .. from+n)} as a tuple. */
    public static PyTuple of(PyObject[] array, int from, int n) {
        if (n == 0) {
            return EMPTY;
        }
        PyObject[] a = new PyObject[n];
        System.arraycopy(array, from, a, 0, n);
        return new PyTuple(a);
    }

    public final int size() {
        return items.length;
    }

    public final PyObject get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    public final PyObject[] toArray() {
        return items.clone();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code tuplerepr}: {@code ()}, {@code (x,)}, {@code (x, y)}. */
    @Override
    public String repr() {
        return TupleType.repr(this);
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }
}
