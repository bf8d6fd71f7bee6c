package dev.snakebox.objects;

/**
 * {@code tuple}; CPython's {@code PyTupleObject} ({@code Objects/tupleobject.c}). Immutable: the
 * array is owned by the tuple and never written after construction.
 */
public final class PyTuple extends PyObject {
    public static final PyType TYPE = new PyType("tuple", PyType.OBJECT);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    private PyTuple(PyObject[] items) {
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

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        return items.clone();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code tuplerepr}: {@code ()}, {@code (x,)}, {@code (x, y)}. */
    @Override
    public String repr() {
        if (items.length == 0) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items[i].repr());
        }
        return sb.append(items.length == 1 ? ",)" : ")").toString();
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }
}
