package dev.snakebox.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The hash table of a set, laid out as CPython's {@code Objects/setobject.c} lays it out
 * ({@code set_add_entry}, {@code set_insert_clean}, {@code set_table_resize},
 * {@code set_discard_entry}, {@code set_merge}): linear probing over up to
 * {@link #LINEAR_PROBES} neighbours, then perturbed probing; deleted slots become dummies that a
 * later insertion reuses; the table grows to four times the used count when it is three-fifths
 * full. Iteration walks the table in slot order, so building this table is what gives a set
 * CPython's iteration order (with the 64-bit hashes of {@link PyHash}).
 */
public final class SetTable {
    /** {@code PySet_MINSIZE}. */
    static final int MIN_SIZE = 8;
    /** {@code LINEAR_PROBES}. */
    static final int LINEAR_PROBES = 9;
    /** {@code PERTURB_SHIFT}. */
    static final int PERTURB_SHIFT = 5;
    /** The key of a deleted slot ({@code dummy}); its hash is -1, which no live key has. */
    private static final PyObject DUMMY = PyNone.NONE;

    /** Decides whether two keys with the same hash are the same element. */
    public interface Equality {
        boolean equal(PyObject a, PyObject b);
    }

    /** Python's {@code ==}, with identity first, as containers compare. */
    public static final Equality PYTHON = (a, b) -> Abstract.richCompareBool(a, b, Abstract.EQ);

    Equality eq;
    PyObject[] keys = new PyObject[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    /** Live keys. */
    int used;
    /** Live keys and dummies. */
    int fill;

    public SetTable(Equality eq) {
        this.eq = eq;
    }

    public int size() {
        return used;
    }

    /** Slots to iterate: {@code 0 .. capacity()}, live where {@link #keyAt} is not null. */
    int capacity() {
        return keys.length;
    }

    /** The live key at slot {@code i}, or null. */
    PyObject keyAt(int i) {
        PyObject k = keys[i];
        return k == null || hashes[i] == -1 && k == DUMMY ? null : k;
    }

    long hashAt(int i) {
        return hashes[i];
    }

    private boolean isDummy(int j) {
        return hashes[j] == -1 && keys[j] == DUMMY;
    }

    /** {@code set_add_entry}: adds {@code key} unless an equal key is present; true if added. */
    public boolean add(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            int freeslot = -1;
            long perturb = hash;
            int i = (int) (hash & m);
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    PyObject k = table[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            return true;
                        }
                        keys[j] = key;
                        hashes[j] = hash;
                        used++;
                        fill++;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (hashes[j] == hash && !(isDummy(j))) {
                        if (k == key || isExactStr(k) && isExactStr(key) && ((PyStr) k).value().equals(((PyStr) key).value())) {
                            return false;
                        }
                        boolean same = eq.equal(k, key);
                        if (table != keys || keys[j] != k) {
                            continue restart;
                        }
                        if (same) {
                            return false;
                        }
                    } else if (isDummy(j)) {
                        // CPython 3.11+ keeps the last dummy passed, not the first
                        freeslot = j;
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private static boolean isExactStr(PyObject o) {
        return o.getClass() == PyStr.class;
    }

    /** {@code set_lookkey}: the slot of a key equal to {@code key}, or -1. */
    int find(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    PyObject k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (hashes[j] == hash && !isDummy(j)) {
                        if (k == key || isExactStr(k) && isExactStr(key) && ((PyStr) k).value().equals(((PyStr) key).value())) {
                            return j;
                        }
                        boolean same = eq.equal(k, key);
                        if (table != keys || keys[j] != k) {
                            continue restart;
                        }
                        if (same) {
                            return j;
                        }
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    public boolean contains(PyObject key, long hash) {
        return find(key, hash) >= 0;
    }

    /** {@code set_discard_entry}: true if the key was there. */
    public boolean discard(PyObject key, long hash) {
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** {@code set_table_resize}: the smallest power of two above {@code minUsed}, re-filled in slot order. */
    void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        mask = size - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null && !(oldHashes[j] == -1 && oldKeys[j] == DUMMY)) {
                insertClean(oldKeys[j], oldHashes[j]);
            }
        }
        fill = used;
    }

    /** {@code set_insert_clean}: into a table known to hold no equal key and no dummy. */
    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code set_merge}: every key of {@code other}, with CPython's shortcuts for an empty table (they decide the order). */
    void merge(SetTable other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (other.keys[i] != null) {
                    keys[i] = other.keys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.keyAt(i);
                if (k != null) {
                    insertClean(k, other.hashes[i]);
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keyAt(i);
            if (k != null) {
                add(k, other.hashes[i]);
            }
        }
    }

    /** {@code set_clear_internal}. */
    void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        used = 0;
        fill = 0;
    }

    /** The keys in iteration (slot) order. */
    public List<PyObject> keysInOrder() {
        List<PyObject> out = new ArrayList<>(used);
        for (int i = 0; i < keys.length; i++) {
            PyObject k = keyAt(i);
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }
}
