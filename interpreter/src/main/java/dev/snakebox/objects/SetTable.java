package dev.snakebox.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The hash table of a set, insertions only, as CPython's {@code Objects/setobject.c} lays it out
 * ({@code set_add_entry}, {@code set_insert_clean}, {@code set_table_resize}): linear probing
 * over up to {@link #LINEAR_PROBES} neighbours, then perturbed probing; the table grows to four
 * times the used count when it is three-fifths full. Iteration walks the table in slot order,
 * so building this table is what gives a set CPython's iteration order (with the 64-bit hashes
 * of {@link PyHash}).
 */
public final class SetTable {
    /** {@code PySet_MINSIZE}. */
    static final int MIN_SIZE = 8;
    /** {@code LINEAR_PROBES}. */
    static final int LINEAR_PROBES = 9;
    /** {@code PERTURB_SHIFT}. */
    static final int PERTURB_SHIFT = 5;

    /** Decides whether two keys with the same hash are the same element. */
    public interface Equality {
        boolean equal(PyObject a, PyObject b);
    }

    private final Equality eq;
    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int used;

    public SetTable(Equality eq) {
        this.eq = eq;
    }

    public int size() {
        return used;
    }

    /** {@code set_add_entry}: adds {@code key} unless an equal key is present; true if added. */
    public boolean add(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            while (true) {
                PyObject k = keys[j];
                if (k == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    used++;
                    // no deletions, so fill == used
                    if ((long) used * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (hashes[j] == hash && (k == key || eq.equal(k, key))) {
                    return false;
                }
                if (probes-- == 0) {
                    break;
                }
                j++;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code set_table_resize}: the smallest power of two above {@code minUsed}, re-filled in slot order. */
    private void resize(int minUsed) {
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
            if (oldKeys[j] != null) {
                insertClean(oldKeys[j], oldHashes[j]);
            }
        }
    }

    /** {@code set_insert_clean}: into a table known to hold no equal key. */
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

    /** The keys in iteration (slot) order. */
    public List<PyObject> keysInOrder() {
        List<PyObject> out = new ArrayList<>(used);
        for (PyObject k : keys) {
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }
}
