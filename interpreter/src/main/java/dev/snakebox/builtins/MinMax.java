package dev.snakebox.builtins;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;

/** {@code min()} and {@code max()}; CPython's {@code min_max} ({@code Python/bltinmodule.c}). */
final class MinMax {
    private MinMax() {}

    static PyObject minMax(PyObject[] args, int start, int nargs, PyTuple kwnames, boolean min) {
        String name = min ? "min" : "max";
        PyObject key = null;
        PyObject dflt = null;
        int nkw = kwnames == null ? 0 : kwnames.size();
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kwnames.get(i)).value();
            PyObject v = args[start + nargs + i];
            if (k.equals("key")) {
                key = v;
            } else if (k.equals("default")) {
                dflt = v;
            } else {
                throw Errors.typeError(name + "() got an unexpected keyword argument '" + k + "'");
            }
        }
        if (nargs == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (dflt != null && nargs > 1) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (key == PyNone.NONE) {
            key = null;
        }
        PyObject it;
        if (nargs == 1) {
            it = Abstract.getIter(args[start]);
        } else {
            it = Abstract.getIter(PyTuple.of(args, start, nargs));
        }
        PyObject best = null;
        PyObject bestKey = null;
        PyObject x;
        int op = min ? Abstract.LT : Abstract.GT;
        while ((x = Abstract.next(it)) != null) {
            PyObject k = key == null ? x : Abstract.call(key, x);
            if (best == null) {
                best = x;
                bestKey = k;
            } else if (Abstract.richCompareBool(k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() iterable argument is empty");
        }
        return best;
    }
}
