package dev.snakebox.vm;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyMappingProxy;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyRange;
import dev.snakebox.objects.PySet;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The structural pattern matching instructions; CPython's {@code MATCH_MAPPING},
 * {@code MATCH_SEQUENCE}, {@code MATCH_KEYS} ({@code match_keys}) and {@code MATCH_CLASS}
 * ({@code match_class}, {@code match_class_attr}) in {@code Python/ceval.c}.
 */
final class Match {
    private Match() {}

    private static final PyStr MATCH_ARGS = PyStr.intern("__match_args__");
    private static final PyStr GET = PyStr.intern("get");

    /** {@code Py_TPFLAGS_MAPPING}: dict and mappingproxy, and their subclasses. */
    static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o instanceof PyMappingProxy;
    }

    /** {@code Py_TPFLAGS_SEQUENCE}: list, tuple, range (not str, bytes or bytearray). */
    static boolean isSequence(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyRange;
    }

    /** {@code match_keys}: the values of {@code keys} in the mapping, or None when one is missing. */
    static PyObject keys(PyObject map, PyTuple keys) {
        if (keys.size() == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Abstract.getAttr(map, GET);
        PyObject dummy = new PyList();
        PySet seen = new PySet();
        PyObject[] values = new PyObject[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            PyObject key = keys.get(i);
            if (seen.contains(key)) {
                throw Errors.valueError("mapping pattern checks duplicate key (" + Abstract.repr(key).value() + ")");
            }
            seen.add(key);
            PyObject v = Abstract.call(get, key, dummy);
            if (v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.wrap(values);
    }

    /** Classes whose one positional sub-pattern matches the subject itself ({@code _Py_TPFLAGS_MATCH_SELF}). */
    private static boolean matchSelf(PyType t) {
        PyType[] self = {PyBool.TYPE, PyDict.TYPE, PyFloat.TYPE, PyFrozenSet.TYPE, PyInt.TYPE, PyList.TYPE, PySet.TYPE,
            PyStr.TYPE, PyTuple.TYPE, dev.snakebox.objects.PyBytes.TYPE, dev.snakebox.objects.PyByteArray.TYPE};
        for (PyType s : self) {
            if (t.isSubtypeOf(s)) {
                return true;
            }
        }
        return false;
    }

    /** {@code match_class}: the attributes for the sub-patterns as a tuple, or None when no match. */
    static PyObject matchClass(PyObject subject, PyObject type, int nargs, PyTuple kwargs) {
        if (!(type instanceof PyType)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        PyType t = (PyType) type;
        if (!Abstract.isInstance(subject, t)) {
            return PyNone.NONE;
        }
        List<PyObject> attrs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        PyTuple matchArgs = null;
        boolean matchSelf = false;
        if (nargs > 0) {
            PyObject ma = Abstract.lookupAttr(t, MATCH_ARGS);
            if (ma != null) {
                if (!(ma instanceof PyTuple)) {
                    throw Errors.typeError(t.name + ".__match_args__ must be a tuple (got " + ma.type().name + ")");
                }
                matchArgs = (PyTuple) ma;
            } else {
                matchArgs = PyTuple.EMPTY;
                matchSelf = matchSelf(t);
            }
            int allowed = matchSelf ? 1 : matchArgs.size();
            if (allowed < nargs) {
                throw Errors.typeError(t.name + "() accepts " + allowed + " positional sub-pattern" + (allowed == 1 ? "" : "s") + " ("
                        + nargs + " given)");
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = matchArgs.get(i);
                    if (!(name instanceof PyStr)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + name.type().name + ")");
                    }
                    PyObject v = attr(subject, t, (PyStr) name, seen);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    attrs.add(v);
                }
            }
        }
        for (int i = 0; i < kwargs.size(); i++) {
            PyObject v = attr(subject, t, (PyStr) kwargs.get(i), seen);
            if (v == null) {
                return PyNone.NONE;
            }
            attrs.add(v);
        }
        return PyTuple.wrap(attrs.toArray(new PyObject[0]));
    }

    private static PyObject attr(PyObject subject, PyType t, PyStr name, List<String> seen) {
        if (seen.contains(name.value())) {
            throw Errors.typeError(t.name + "() got multiple sub-patterns for attribute " + name.repr());
        }
        seen.add(name.value());
        return Abstract.lookupAttr(subject, name);
    }
}
