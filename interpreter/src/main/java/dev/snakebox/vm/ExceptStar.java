package dev.snakebox.vm;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyExceptionGroup;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyTraceback;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code except*}: the {@code CHECK_EG_MATCH} instruction and the {@code PREP_RERAISE_STAR}
 * intrinsic; CPython's {@code _PyEval_CheckExceptStarTypeValid} and
 * {@code _PyEval_ExceptionGroupMatch} ({@code Python/ceval.c}) and {@code _PyExc_PrepReraiseStar}
 * ({@code Objects/exceptions.c}).
 */
final class ExceptStar {
    private ExceptStar() {}

    /** {@code CHECK_EG_MATCH}: {@code (exc, match_type -- rest, match)}; a match becomes the exception being handled. */
    static void checkEgMatch(Frame f) {
        PyObject matchType = Ops.pop(f);
        PyObject exc = Ops.pop(f);
        checkType(matchType);
        PyObject match;
        PyObject rest;
        if (exc == PyNone.NONE) {
            match = PyNone.NONE;
            rest = PyNone.NONE;
        } else if (Ops.excMatches(exc, matchType)) {
            if (exc instanceof PyExceptionGroup) {
                match = exc;
            } else {
                // a naked exception: wrapped in a group whose traceback is this frame
                PyBaseException wrapped = PyExceptionGroup.create("", PyTuple.of(exc));
                f.captured = true;
                wrapped.traceback = new PyTraceback(f.code, f.lasti, f, null);
                match = wrapped;
            }
            rest = PyNone.NONE;
        } else if (exc instanceof PyExceptionGroup) {
            PyObject pair = Abstract.callMethod(exc, "split", matchType);
            if (!(pair instanceof PyTuple) || pair.getClass() != PyTuple.class) {
                throw Errors.typeError(exc.type().name + ".split must return a tuple, not " + pair.type().name);
            }
            PyTuple t = (PyTuple) pair;
            if (t.size() != 2) {
                throw Errors.typeError(exc.type().name + ".split must return a 2-tuple, got tuple of size " + t.size());
            }
            match = t.get(0);
            rest = t.get(1);
        } else {
            match = PyNone.NONE;
            rest = exc;
        }
        Ops.push(f, rest);
        Ops.push(f, match);
        if (match != PyNone.NONE) {
            PyBaseException m = (PyBaseException) match;
            if (f.generator != null) {
                f.generator.ownHandled = m;
            }
            PyGenerator.interpreter().ts.handled = m;
        }
    }

    /** {@code _PyEval_CheckExceptStarTypeValid}: exception classes, but not exception groups. */
    private static void checkType(PyObject right) {
        boolean group = false;
        if (right instanceof PyTuple) {
            for (PyObject x : ((PyTuple) right).toArray()) {
                checkClass(x);
            }
            for (PyObject x : ((PyTuple) right).toArray()) {
                if (((PyType) x).isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
                    group = true;
                    break;
                }
            }
        } else {
            checkClass(right);
            group = ((PyType) right).isSubtypeOf(ExceptionTypes.BaseExceptionGroup);
        }
        if (group) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    private static void checkClass(PyObject x) {
        if (!(x instanceof PyType) || !((PyType) x).isSubtypeOf(ExceptionTypes.BaseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /**
     * {@code _PyExc_PrepReraiseStar}: what an {@code except*} statement raises when its clauses
     * are done: the unhandled rest and the re-raised parts as one projection of the original
     * group, together with the newly raised exceptions in a new group.
     */
    static PyObject prepReraiseStar(PyObject orig, PyObject excsList) {
        PyObject[] excs = ((PyList) excsList).toArray();
        if (excs.length == 0) {
            return PyNone.NONE;
        }
        if (!(orig instanceof PyExceptionGroup)) {
            return excs[0];
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (PyObject e : excs) {
            if (e == PyNone.NONE) {
                continue;
            }
            (sameMetadata((PyBaseException) e, (PyBaseException) orig) ? reraised : raised).add(e);
        }
        IdentityHashMap<PyObject, Boolean> leaves = new IdentityHashMap<>();
        for (PyObject e : reraised) {
            PyExceptionGroup.collectLeaves(e, leaves);
        }
        PyObject[] split = PyExceptionGroup.split(orig, PyExceptionGroup.byIdentity(leaves), false);
        PyObject reraisedEg = split[0] == null ? PyNone.NONE : split[0];
        if (raised.isEmpty()) {
            return reraisedEg;
        }
        if (reraisedEg != PyNone.NONE) {
            raised.add(reraisedEg);
        }
        if (raised.size() > 1) {
            return PyExceptionGroup.create("", PyList.wrap(raised.toArray(new PyObject[0])));
        }
        return raised.get(0);
    }

    /** {@code is_same_exception_metadata}: the same notes, traceback, cause and context objects. */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.notes() == b.notes() && a.traceback == b.traceback && a.cause == b.cause && a.context == b.context;
    }
}
