package dev.snakebox.objects;

/**
 * {@code set}, and the base of {@code frozenset} ({@link PyFrozenSet}); CPython's
 * {@code PySetObject} ({@code Objects/setobject.c}) over a {@link SetTable}.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, PyType.BASETYPE, SetType::fillSet, SetType::defineSet);

    final SetTable table;
    /** The class, for instances of subclasses; null for a plain set (or frozenset, see {@link PyFrozenSet}). */
    PyType type;
    PyDict attrs;

    public PySet() {
        this.table = new SetTable(SetTable.PYTHON);
    }

    PySet(PyType type) {
        this();
        setType(type);
    }

    PySet(SetTable table) {
        this.table = table;
    }

    void setType(PyType t) {
        if (t != PySet.TYPE && t != PyFrozenSet.TYPE) {
            this.type = t;
            if ((t.flags & PyType.HAS_DICT) != 0) {
                this.attrs = new PyDict();
            }
        }
    }

    /** A set (or frozenset, by {@code type}) of the items of {@code iterable}. */
    static PySet fromIterable(PyType type, PyObject iterable) {
        PySet s = type.isSubtypeOf(PyFrozenSet.TYPE) ? new PyFrozenSet(type) : new PySet(type);
        s.update(iterable);
        return s;
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
        return table.size();
    }

    public boolean isFrozen() {
        return false;
    }

    public void add(PyObject key) {
        table.add(key, Abstract.hash(key));
    }

    public boolean contains(PyObject key) {
        return table.contains(key, Abstract.hash(key));
    }

    public boolean discard(PyObject key) {
        return table.discard(key, Abstract.hash(key));
    }

    /** {@code set_update_internal}: a set's table merges; a dict's keys come with their hashes; else one by one. */
    public void update(PyObject other) {
        if (other instanceof PySet) {
            table.merge(((PySet) other).table);
            return;
        }
        if (other instanceof PyDict && other.type() == PyDict.TYPE) {
            PyDict d = (PyDict) other;
            if ((long) (table.fill + d.size()) * 5 >= (long) table.mask * 3) {
                table.resize((table.used + d.size()) * 2);
            }
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    table.add(k, d.hashAt(i));
                }
            }
            return;
        }
        PyObject it = Abstract.getIter(other);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            add(x);
        }
    }

    /** The items in iteration order. */
    public PyObject[] toArray() {
        return table.keysInOrder().toArray(new PyObject[0]);
    }

    @Override
    public String repr() {
        return SetType.repr(this);
    }

    @Override
    public boolean isTrue() {
        return table.size() != 0;
    }
}
