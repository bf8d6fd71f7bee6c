package dev.snakebox.objects;

/**
 * The shapes of CPython's type slots ({@code Include/cpython/object.h}: {@code unaryfunc},
 * {@code binaryfunc}, {@code hashfunc}, {@code richcmpfunc}, {@code getattrofunc}, ...), as
 * functional interfaces so that a {@link PyType} holds each slot in a field named as CPython's.
 * A null field is a slot the type does not fill.
 */
public final class Slots {
    private Slots() {}

    /** {@code unaryfunc}: tp_repr, tp_str, tp_iter, nb_negative, nb_index, ... */
    @FunctionalInterface
    public interface Unary {
        PyObject apply(PyObject self);
    }

    /** {@code iternextfunc}: the next item, or null when exhausted (no StopIteration raised). */
    @FunctionalInterface
    public interface Next {
        PyObject next(PyObject self);
    }

    /**
     * {@code binaryfunc} of the number protocol: called with the operands in their order
     * ({@code a + b} calls {@code nb_add(a, b)} whichever of the two owns the slot), and answers
     * {@link PyNotImplemented#NOT_IMPLEMENTED} when it cannot.
     */
    @FunctionalInterface
    public interface Binary {
        PyObject apply(PyObject a, PyObject b);
    }

    /** {@code hashfunc}. */
    @FunctionalInterface
    public interface Hash {
        long hash(PyObject self);
    }

    /** {@code lenfunc}. */
    @FunctionalInterface
    public interface Length {
        int length(PyObject self);
    }

    /** {@code inquiry} (nb_bool). */
    @FunctionalInterface
    public interface Inquiry {
        boolean test(PyObject self);
    }

    /** {@code richcmpfunc}: {@code op} is one of {@link Abstract#LT} .. {@link Abstract#GE}. */
    @FunctionalInterface
    public interface RichCompare {
        PyObject compare(PyObject self, PyObject other, int op);
    }

    /** {@code getattrofunc}: the attribute, or null when there is none (AttributeError to the caller). */
    @FunctionalInterface
    public interface GetAttr {
        PyObject get(PyObject self, PyStr name);
    }

    /** {@code setattrofunc}: a null {@code value} deletes. */
    @FunctionalInterface
    public interface SetAttr {
        void set(PyObject self, PyStr name, PyObject value);
    }

    /**
     * {@code vectorcallfunc}: positional arguments {@code args[start .. start+nargs)}, then the
     * values of the keyword arguments named by {@code kwnames} (null when there are none).
     */
    @FunctionalInterface
    public interface Call {
        PyObject call(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames);
    }

    /** {@code descrgetfunc}: {@code obj} is null when the attribute is read from the class. */
    @FunctionalInterface
    public interface DescrGet {
        PyObject get(PyObject descr, PyObject obj, PyObject type);
    }

    /** {@code descrsetfunc}: a null {@code value} deletes. */
    @FunctionalInterface
    public interface DescrSet {
        void set(PyObject descr, PyObject obj, PyObject value);
    }

    /** {@code newfunc}, with vectorcall arguments. */
    @FunctionalInterface
    public interface New {
        PyObject create(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames);
    }

    /** {@code initproc}, with vectorcall arguments. */
    @FunctionalInterface
    public interface Init {
        void init(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames);
    }

    /** {@code objobjproc} (sq_contains). */
    @FunctionalInterface
    public interface Contains {
        boolean contains(PyObject self, PyObject item);
    }

    /** {@code objobjargproc} (mp_ass_subscript): a null {@code value} deletes. */
    @FunctionalInterface
    public interface AssignItem {
        void assign(PyObject self, PyObject key, PyObject value);
    }
}
