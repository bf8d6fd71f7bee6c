package dev.snakebox.objects;

/**
 * {@code list.sort(*, key=None, reverse=False)}; CPython's {@code list_sort_impl}
 * ({@code Objects/listobject.c}). Key functions are called once per item, in order; the sort is
 * {@link TimSort}, asking only {@code <} with the comparison {@link SortCompare} picks.
 * Reversal keeps equal items in order: the items are reversed before and after a stable sort.
 * The list is empty while it sorts, so a key or {@code __lt__} that changes it is caught
 * ("list modified during sort"); whatever happens, the list ends as a permutation of its items.
 */
final class ListSort {
    private ListSort() {}

    static void sort(PyList list, PyObject key, boolean reverse) {
        PyObject[] items = list.toArray();
        int n = items.length;
        // a fresh empty array of our own: any change to the list while it sorts replaces it
        PyObject[] sorting = new PyObject[0];
        list.items = sorting;
        list.size = 0;
        boolean keysDone = false;
        boolean sorted = false;
        try {
            PyObject[] keys = items;
            PyObject[] values = null;
            if (key != null && key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, items[i]);
                }
                values = items;
            }
            keysDone = true;
            if (n > 1) {
                SortCompare cmp = SortCompare.choose(keys, n);
                if (reverse) {
                    if (values != null) {
                        TimSort.reverse(keys, 0, n);
                    }
                    TimSort.reverse(items, 0, n);
                }
                TimSort.sort(cmp, keys, values, n);
            }
            sorted = true;
        } finally {
            if (keysDone && reverse && n > 1) {
                TimSort.reverse(items, 0, n);
            }
            boolean modified = list.items != sorting || list.size != 0;
            list.items = items;
            list.size = n;
            if (modified && sorted) {
                throw Errors.valueError("list modified during sort");
            }
        }
    }
}
