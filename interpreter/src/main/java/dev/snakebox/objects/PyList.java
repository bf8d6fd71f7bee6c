package dev.snakebox.objects;

/**
 * {@code list}; CPython's {@code PyListObject} ({@code Objects/listobject.c}): a growable array
 * of items, over-allocated as CPython's {@code list_resize} does so that appends are amortised.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyType.BASETYPE, ListType::fill, ListType::define);

    private static final PyObject[] NO_ITEMS = new PyObject[0];
    /**
     * The most items a list or tuple may hold (2**27, half a GiB to a GiB of references, as the
     * longest str is half a GiB): past it, MemoryError on all three targets, before a browser tab
     * runs out of memory (CPython's bound is the address space).
     */
    static final int MAX_SIZE = 1 << 27;

    PyObject[] items;
    int size;
    /** The class of an instance of a list subclass; null for a plain list. */
    PyType type;
    PyDict attrs;

    public PyList() {
        this.items = NO_ITEMS;
    }

    PyList(PyType type) {
        this();
        if (type != TYPE) {
            this.type = type;
            if ((type.flags & PyType.HAS_DICT) != 0) {
                this.attrs = new PyDict();
            }
        }
    }

    /** A list that takes ownership of {@code items}. */
    public static PyList wrap(PyObject[] items) {
        PyList l = new PyList();
        l.items = items;
        l.size = items.length;
        return l;
    }

    /** A list of a copy of {@code items}. */
    public static PyList of(PyObject... items) {
        return wrap(items.clone());
    }

    @Override
    public PyType type() {
        return type != null ? type : TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return attrs;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public PyObject[] toArray() {
        PyObject[] a = new PyObject[size];
        System.arraycopy(items, 0, a, 0, size);
        return a;
    }

    /** {@code list_resize}: room for {@code newSize} items, over-allocating by about 1/8. */
    void ensureCapacity(int newSize) {
        if (newSize <= items.length) {
            return;
        }
        if (newSize > MAX_SIZE) {
            throw Errors.memoryError();
        }
        long cap = ((long) newSize + (newSize >> 3) + 6) & ~3L;
        if (cap > MAX_SIZE) {
            cap = MAX_SIZE;
        }
        PyObject[] a = new PyObject[(int) cap];
        System.arraycopy(items, 0, a, 0, size);
        items = a;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            ensureCapacity(size + 1);
        }
        items[size++] = v;
    }

    public void extend(PyObject[] vs) {
        ensureCapacity(size + vs.length);
        System.arraycopy(vs, 0, items, size, vs.length);
        size += vs.length;
    }

    public void insert(int i, PyObject v) {
        ensureCapacity(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        if (size == 0 && items.length == 0) {
            return; // list_clear: nothing to free, nothing changes (a sort in progress sees no change)
        }
        items = NO_ITEMS;
        size = 0;
    }

    @Override
    public String repr() {
        return Sequences.repr(this, items, size, "[", "]");
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }
}
