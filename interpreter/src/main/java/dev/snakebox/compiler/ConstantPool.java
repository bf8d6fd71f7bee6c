package dev.snakebox.compiler;

import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A code unit's constants: CPython's {@code u_consts} dict (constant key to index) while
 * generating code, and the {@code consts} list the flow-graph optimiser appends to and compacts
 * ({@code add_const}, {@code remove_unused_consts} in {@code Python/flowgraph.c}). Equal
 * constants in the sense of {@link ConstantKey} share one index, as CPython's constant cache
 * makes them share one object.
 */
final class ConstantPool {
    private final List<PyObject> values = new ArrayList<>();
    private final Map<ConstantKey, Integer> index = new HashMap<>();

    /** {@code _PyCompile_AddConst} / {@code add_const}: the index of {@code o}, added if new. */
    int add(PyObject o) {
        ConstantKey key = new ConstantKey(o);
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        if (o instanceof PyFrozenSet) {
            // merge_consts_recursive stores a frozenset re-created from its own iteration order,
            // which differs from the first where items' hashes collide
            o = PyFrozenSet.of(((PyFrozenSet) o).toArray());
        }
        int n = values.size();
        values.add(o);
        index.put(key, n);
        return n;
    }

    PyObject get(int i) {
        return values.get(i);
    }

    int size() {
        return values.size();
    }

    /** Keeps the constants whose old index has {@code keep[i]}, in order; returns old-to-new indices. */
    int[] compact(boolean[] keep) {
        int[] map = new int[values.size()];
        List<PyObject> kept = new ArrayList<>();
        index.clear();
        for (int i = 0; i < values.size(); i++) {
            if (keep[i]) {
                map[i] = kept.size();
                index.put(new ConstantKey(values.get(i)), kept.size());
                kept.add(values.get(i));
            } else {
                map[i] = -1;
            }
        }
        values.clear();
        values.addAll(kept);
        return map;
    }

    PyObject[] toArray() {
        return values.toArray(new PyObject[0]);
    }
}
