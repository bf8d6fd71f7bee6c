package dev.snakebox.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * An exception group: {@code BaseExceptionGroup(message, exceptions)} and its subclasses;
 * CPython's {@code PyBaseExceptionGroupObject} ({@code Objects/exceptions.c}:
 * {@code BaseExceptionGroup_new}, {@code BaseExceptionGroup_str}, {@code BaseExceptionGroup_derive},
 * {@code exceptiongroup_split_recursive}, {@code exceptiongroup_subset},
 * {@code _PyExc_PrepReraiseStar}'s helpers).
 */
public final class PyExceptionGroup extends PyBaseException {
    /** {@code message}. */
    public PyObject msg;
    /** {@code exceptions}: the sub-exceptions, as a tuple. */
    public PyTuple excs;

    private PyExceptionGroup(PyType type, PyObject[] args) {
        super(type, args);
    }

    /** {@code BaseExceptionGroup_new}: checks the arguments and picks ExceptionGroup when every sub-exception is an Exception. */
    static PyObject newGroup(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        // keyword arguments are refused by __init__ (BaseExceptionGroup_init), not here
        if (nargs != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + nargs + " given)");
        }
        PyObject message = args[start];
        PyObject exceptions = args[start + 1];
        if (!(message instanceof PyStr)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                    + (message == PyNone.NONE ? "None" : message.type().name));
        }
        if (!isSequence(exceptions)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Abstract.toArray(exceptions);
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!items[i].type().isSubtypeOf(ExceptionTypes.Exception)) {
                nestedBase = true;
            }
        }
        PyType cls = type;
        if (cls == ExceptionTypes.ExceptionGroup) {
            if (nestedBase) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (cls == ExceptionTypes.BaseExceptionGroup) {
            if (!nestedBase) {
                cls = ExceptionTypes.ExceptionGroup;
            }
        } else if (nestedBase && cls.isSubtypeOf(ExceptionTypes.Exception)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name + "'");
        }
        PyExceptionGroup eg = new PyExceptionGroup(cls, PyTuple.of(args, start, nargs).toArray());
        eg.msg = message;
        eg.excs = PyTuple.wrap(items);
        return eg;
    }

    /** {@code PySequence_Check}: has item access and is not a dict. */
    private static boolean isSequence(PyObject o) {
        return o instanceof PyTuple || o instanceof PyList || o.type().mp_subscript != null && !(o instanceof PyDict);
    }

    /** {@code _PyExc_CreateExceptionGroup}: {@code BaseExceptionGroup(msg, excs)}. */
    public static PyBaseException create(String msg, PyObject excs) {
        return (PyBaseException) Abstract.call(ExceptionTypes.BaseExceptionGroup, PyStr.of(msg), excs);
    }

    static void fill(PyType t) {
        t.tp_new = PyExceptionGroup::newGroup;
        t.tp_init = (self, args, start, nargs, kwnames) -> {
            if (kwnames != null && kwnames.size() > 0) {
                throw Errors.typeError(self.type().name + "() takes no keyword arguments");
            }
            ((PyBaseException) self).args = PyTuple.of(args, start, nargs);
        };
        t.tp_str = self -> {
            PyExceptionGroup eg = (PyExceptionGroup) self;
            int n = eg.excs.size();
            return PyStr.of(Abstract.str(eg.msg).value() + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
        };
    }

    static void define(PyType t) {
        // READONLY members in CPython: their own message on assignment
        t.member("message", self -> ((PyExceptionGroup) self).msg);
        t.member("exceptions", self -> ((PyExceptionGroup) self).excs);
        t.classMethod("__class_getitem__(item, /)", (cls, a) -> new PyGenericAlias(cls, a[0]));
        t.method("derive(excs, /)", (self, a) -> Abstract.call(ExceptionTypes.BaseExceptionGroup, ((PyExceptionGroup) self).msg, a[0]));
        t.method("split(matcher_value, /)", (self, a) -> {
            Matcher m = matcher(a[0]);
            PyObject[] r = split(self, m, true);
            return PyTuple.of(r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]);
        });
        t.method("subgroup(matcher_value, /)", (self, a) -> {
            PyObject[] r = split(self, matcher(a[0]), false);
            return r[0] == null ? PyNone.NONE : r[0];
        });
    }

    /** What {@code split}/{@code subgroup} match leaves by: a type (or tuple), a predicate, or a set of identities. */
    public interface Matcher {
        boolean matches(PyObject exc);
    }

    /** {@code get_matcher_type}. */
    static Matcher matcher(PyObject value) {
        if (value.type().tp_call != null && !(value instanceof PyType)) {
            return exc -> Abstract.isTrue(Abstract.call(value, exc));
        }
        if (isExceptionClass(value)) {
            return exc -> exc.type().isSubtypeOf((PyType) value);
        }
        if (value instanceof PyTuple && value.getClass() == PyTuple.class) {
            PyObject[] types = ((PyTuple) value).toArray();
            for (PyObject x : types) {
                if (!isExceptionClass(x)) {
                    throw badMatcher();
                }
            }
            return exc -> {
                for (PyObject x : types) {
                    if (exc.type().isSubtypeOf((PyType) x)) {
                        return true;
                    }
                }
                return false;
            };
        }
        throw badMatcher();
    }

    private static PyException badMatcher() {
        return Errors.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    private static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType && ((PyType) o).isSubtypeOf(ExceptionTypes.BaseException);
    }

    /** A matcher by identity: the leaves of the given exceptions ({@code EXCEPTION_GROUP_MATCH_INSTANCE_IDS}). */
    public static Matcher byIdentity(IdentityHashMap<PyObject, Boolean> leaves) {
        return leaves::containsKey;
    }

    /**
     * {@code exceptiongroup_split_recursive}: {match, rest} (null for none); a full match is the
     * exception itself, a partial one a group derived from it with the same metadata.
     */
    public static PyObject[] split(PyObject exc, Matcher m, boolean constructRest) {
        if (m.matches(exc)) {
            return new PyObject[] {exc, null};
        }
        if (!(exc instanceof PyExceptionGroup)) {
            return new PyObject[] {null, constructRest ? exc : null};
        }
        PyExceptionGroup eg = (PyExceptionGroup) exc;
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (int i = 0; i < eg.excs.size(); i++) {
            ThreadState.enterRecursive(" in exceptiongroup_split_recursive");
            PyObject[] r;
            try {
                r = split(eg.excs.get(i), m, constructRest);
            } finally {
                ThreadState.leaveRecursive();
            }
            if (r[0] != null) {
                match.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        PyObject matched = subset(eg, match);
        PyObject remaining = constructRest ? subset(eg, rest) : null;
        return new PyObject[] {matched, remaining};
    }

    /** {@code exceptiongroup_subset}: {@code orig.derive(excs)} with orig's traceback, cause, context and a copy of its notes. */
    private static PyObject subset(PyExceptionGroup orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject eg = Abstract.callMethod(orig, "derive", PyList.wrap(excs.toArray(new PyObject[0])));
        if (!(eg instanceof PyExceptionGroup)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyExceptionGroup g = (PyExceptionGroup) eg;
        if (orig.traceback != null) {
            g.traceback = orig.traceback;
        }
        g.context = orig.context;
        g.cause = orig.cause;
        g.suppressContext = true;
        PyObject notes = Abstract.lookupAttr(orig, PyStr.intern("__notes__"));
        if (notes != null && isSequence(notes)) {
            Abstract.setAttr(g, PyStr.intern("__notes__"), PyList.wrap(Abstract.toArray(notes)));
        }
        return g;
    }

    /** {@code collect_exception_group_leaf_ids}. */
    public static void collectLeaves(PyObject exc, IdentityHashMap<PyObject, Boolean> into) {
        if (exc == PyNone.NONE) {
            return;
        }
        if (!(exc instanceof PyExceptionGroup)) {
            into.put(exc, Boolean.TRUE);
            return;
        }
        for (PyObject e : ((PyExceptionGroup) exc).excs.toArray()) {
            ThreadState.enterRecursive(" in collect_exception_group_leaf_ids");
            try {
                collectLeaves(e, into);
            } finally {
                ThreadState.leaveRecursive();
            }
        }
    }
}
