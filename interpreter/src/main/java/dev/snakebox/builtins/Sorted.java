package dev.snakebox.builtins;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyTuple;

/**
 * {@code sorted(iterable, /, *, key=None, reverse=False)}; CPython's {@code builtin_sorted}: a new
 * list, sorted by {@code list.sort} (whose keyword errors name {@code sort()}).
 */
final class Sorted {
    private Sorted() {}

    static PyObject call(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (nargs != 1) {
            throw Errors.typeError("sorted expected 1 argument, got " + nargs);
        }
        PyList list = PyList.wrap(Abstract.toArray(args[start]));
        PyObject sort = Abstract.getAttr(list, "sort");
        Abstract.call(sort, args, start + 1, 0, kwnames);
        return list;
    }
}
