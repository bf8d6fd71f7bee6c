package dev.snakebox.builtins;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.ThreadState;

/** {@code dir()} and {@code vars()}; CPython's {@code builtin_dir} ({@code PyObject_Dir}) and {@code builtin_vars}. */
final class Introspection {
    private Introspection() {}

    private static final PyStr DICT = PyStr.intern("__dict__");
    private static final PyStr DIR = PyStr.intern("__dir__");

    static PyObject dir(PyObject o) {
        PyObject names;
        if (o == null) {
            names = PyList.wrap(Abstract.toArray(Abstract.callMethod(ThreadState.current().evaluator.currentLocals(), "keys")));
        } else {
            PyObject d = o.type().lookup(DIR);
            if (d == null) {
                throw Errors.typeError("object does not provide __dir__");
            }
            PyObject bound = d.type().tp_descr_get != null ? d.type().tp_descr_get.get(d, o, o.type()) : d;
            names = PyList.wrap(Abstract.toArray(Abstract.call(bound)));
        }
        Abstract.callMethod(names, "sort");
        return names;
    }

    static PyObject vars(PyObject o) {
        if (o == null) {
            return ThreadState.current().evaluator.currentLocals();
        }
        PyObject d = Abstract.lookupAttr(o, DICT);
        if (d == null) {
            throw Errors.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }
}
