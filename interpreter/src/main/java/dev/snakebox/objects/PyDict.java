package dev.snakebox.objects;

/**
 * {@code dict}; CPython's compact, insertion-ordered table ({@code Objects/dictobject.c}): a
 * sparse index array of positions into dense entry arrays (hash, key, value) kept in insertion
 * order, probed as CPython probes ({@code i = 5*i + perturb + 1}, {@code perturb >>= 5}). Keys
 * are found by identity, then by hash and {@code ==}, which may run Python code: a lookup that
 * sees the table change under it starts again, as CPython's does.
 *
 * <p>{@link #keysVersion} changes whenever the set of keys or their positions change (not when a
 * value is replaced), from one counter shared by all dicts, so that the VM's {@code LOAD_GLOBAL}
 * cache can keep an entry's position and trust it while the version holds.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyType.BASETYPE, DictType::fill, DictType::define);

    private static final int MIN_SIZE = 8;
    /** Index slots hold 0 when empty, {@link #DUMMY} when deleted, else entry position + 1 (so a new table needs no fill). */
    private static final int EMPTY = 0;
    private static final int DUMMY = -1;
    private static final int PERTURB_SHIFT = 5;
    private static int nextKeysVersion = 1;

    /** The class of an instance of a dict subclass; null for a plain dict. */
    PyType type;
    /** The {@code __dict__} of an instance of a dict subclass. */
    PyDict attrs;

    private int[] indices;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Entries used in the dense arrays, deleted ones included. */
    private int nentries;
    /** Live entries: {@code len(d)}. */
    private int used;
    public int keysVersion;

    public PyDict() {
        init(MIN_SIZE);
    }

    /** A dict with room for {@code n} entries before it grows. */
    public PyDict(int n) {
        int size = MIN_SIZE;
        while (size * 2 / 3 < n) {
            size <<= 1;
        }
        init(size);
    }

    PyDict(PyType type) {
        this();
        if (type != TYPE) {
            this.type = type;
            this.attrs = new PyDict();
        }
    }

    private void init(int size) {
        indices = new int[size];
        int usable = size * 2 / 3;
        hashes = new long[usable];
        keys = new PyObject[usable];
        values = new PyObject[usable];
        nentries = 0;
        used = 0;
        keysVersion = nextKeysVersion++;
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
        return used;
    }

    /** The number of entry positions, live or deleted: iterate {@code 0 .. entryLimit()} with {@link #keyAt}. */
    public int entryLimit() {
        return nentries;
    }

    /** The key at entry position {@code i}, or null when that entry was deleted. */
    public PyObject keyAt(int i) {
        return keys[i];
    }

    public PyObject valueAt(int i) {
        return values[i];
    }

    /** Replaces the value at live entry position {@code i} (the key set, hence {@link #keysVersion}, is unchanged). */
    public void setValueAt(int i, PyObject v) {
        values[i] = v;
    }

    long hashAt(int i) {
        return hashes[i];
    }

    // ---- lookup ------------------------------------------------------------------------------

    /**
     * The entry position of {@code key} with hash {@code hash}, or -1. {@code ==} may run Python
     * code that changes this dict: then the lookup starts again.
     */
    private int find(PyObject key, long hash) {
        if (key.getClass() == PyStr.class) {
            int r = findStr((PyStr) key, hash);
            if (r != -2) {
                return r;
            }
        }
        while (true) {
            int[] idx = indices;
            int mask = idx.length - 1;
            int i = (int) (hash & mask);
            long perturb = hash;
            while (true) {
                int ix = idx[i] - 1;
                if (ix == EMPTY - 1) {
                    return -1;
                }
                if (ix >= 0) {
                    PyObject k = keys[ix];
                    if (k == key) {
                        return ix;
                    }
                    if (hashes[ix] == hash) {
                        if (k.getClass() == PyStr.class && key.getClass() == PyStr.class) {
                            if (((PyStr) k).value().equals(((PyStr) key).value())) {
                                return ix;
                            }
                        } else {
                            PyObject[] ks = keys;
                            boolean eq = Abstract.richCompareBool(k, key, Abstract.EQ);
                            if (idx != indices || ks != keys || keys[ix] != k) {
                                break; // mutated during __eq__: start over
                            }
                            if (eq) {
                                return ix;
                            }
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /**
     * The lookup of an exact str key, which needs no Python code unless it meets a non-str key
     * with the same hash: then -2, and the general lookup takes over.
     */
    private int findStr(PyStr key, long hash) {
        int[] idx = indices;
        PyObject[] ks = keys;
        long[] hs = hashes;
        int mask = idx.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        String v = key.value();
        while (true) {
            int ix = idx[i] - 1;
            if (ix < 0) {
                if (ix == EMPTY - 1) {
                    return -1;
                }
            } else {
                PyObject k = ks[ix];
                if (k == key) {
                    return ix;
                }
                if (hs[ix] == hash) {
                    if (k.getClass() != PyStr.class) {
                        return -2;
                    }
                    if (((PyStr) k).value().equals(v)) {
                        return ix;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** {@code d[key]} or null when missing. */
    public PyObject get(PyObject key) {
        int ix = find(key, Abstract.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** {@link #get} for a key whose hash is known. */
    public PyObject get(PyObject key, long hash) {
        int ix = find(key, hash);
        return ix < 0 ? null : values[ix];
    }

    /** {@link #get} for a str key (attribute names, globals): no Python code runs unless a non-str key collides. */
    public PyObject getStr(PyStr key) {
        int ix = find(key, key.hash());
        return ix < 0 ? null : values[ix];
    }

    /** The entry position of a str key, or -1 (for the VM's global caches). */
    public int indexOfStr(PyStr key) {
        return find(key, key.hash());
    }

    public boolean containsKey(PyObject key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    // ---- insertion ---------------------------------------------------------------------------

    /** {@code d[key] = value}. */
    public void put(PyObject key, PyObject value) {
        put(key, Abstract.hash(key), value);
    }

    public void putStr(PyStr key, PyObject value) {
        put(key, key.hash(), value);
    }

    /** {@code insertdict}: replaces the value of an equal key, or appends a new entry. */
    public void put(PyObject key, long hash, PyObject value) {
        int ix = find(key, hash);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        if (nentries == keys.length) {
            resize(used * 3);
        }
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (idx[i] > 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = nentries + 1;
        hashes[nentries] = hash;
        keys[nentries] = key;
        values[nentries] = value;
        nentries++;
        used++;
        keysVersion = nextKeysVersion++;
    }

    /** {@code dictresize}: an index table of the smallest power of two at least {@code minSize} ({@code GROWTH_RATE}). */
    private void resize(int minSize) {
        int size = MIN_SIZE;
        while (size < minSize || size * 2 / 3 <= used) {
            size <<= 1;
        }
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int on = nentries;
        indices = new int[size];
        int usable = size * 2 / 3;
        hashes = new long[usable];
        keys = new PyObject[usable];
        values = new PyObject[usable];
        int mask = size - 1;
        int n = 0;
        for (int j = 0; j < on; j++) {
            if (ok[j] == null) {
                continue;
            }
            long h = oh[j];
            int i = (int) (h & mask);
            long perturb = h;
            while (indices[i] != EMPTY) {
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            indices[i] = n + 1;
            hashes[n] = h;
            keys[n] = ok[j];
            values[n] = ov[j];
            n++;
        }
        nentries = n;
        keysVersion = nextKeysVersion++;
    }

    // ---- deletion ----------------------------------------------------------------------------

    /** {@code del d[key]}: the removed value, or null when the key was missing. */
    public PyObject remove(PyObject key) {
        return remove(key, Abstract.hash(key));
    }

    public PyObject removeStr(PyStr key) {
        return remove(key, key.hash());
    }

    public PyObject remove(PyObject key, long hash) {
        int ix = find(key, hash);
        if (ix < 0) {
            return null;
        }
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (idx[i] != ix + 1) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = DUMMY;
        PyObject old = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        keysVersion = nextKeysVersion++;
        return old;
    }

    /** Removes and returns the last entry's position's key and value ({@code popitem}); null when empty. */
    PyObject[] popLast() {
        for (int j = nentries - 1; j >= 0; j--) {
            if (keys[j] != null) {
                PyObject k = keys[j];
                PyObject v = values[j];
                remove(k, hashes[j]);
                // CPython also forgets the trailing deleted entries, so later inserts reuse them
                while (nentries > 0 && keys[nentries - 1] == null) {
                    nentries--;
                }
                return new PyObject[] {k, v};
            }
        }
        return null;
    }

    public void clear() {
        init(MIN_SIZE);
    }

    /** A shallow copy, a plain dict. */
    public PyDict copy() {
        PyDict d = new PyDict(used);
        for (int j = 0; j < nentries; j++) {
            if (keys[j] != null) {
                d.put(keys[j], hashes[j], values[j]);
            }
        }
        return d;
    }

    /** {@code dict_merge} from another dict: every entry, replacing equal keys. */
    public void putAll(PyDict other) {
        if (other == this) {
            return;
        }
        int n = other.nentries;
        for (int j = 0; j < n && j < other.nentries; j++) {
            PyObject k = other.keys[j];
            if (k != null) {
                put(k, other.hashes[j], other.values[j]);
            }
        }
    }

    /** The live keys, in order. */
    public PyObject[] keysArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int j = 0; j < nentries; j++) {
            if (keys[j] != null) {
                out[n++] = keys[j];
            }
        }
        return out;
    }

    /** The live values, in order. */
    public PyObject[] valuesArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int j = 0; j < nentries; j++) {
            if (keys[j] != null) {
                out[n++] = values[j];
            }
        }
        return out;
    }

    @Override
    public String repr() {
        return DictType.repr(this);
    }

    @Override
    public boolean isTrue() {
        return used != 0;
    }
}
