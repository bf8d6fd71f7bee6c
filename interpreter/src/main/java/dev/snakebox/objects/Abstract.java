package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

import dev.snakebox.bytecode.BinaryOps;
import dev.snakebox.bytecode.OpargNames;
import java.util.ArrayList;

/**
 * The operations the VM and the built-ins apply to any object, dispatched through the type's
 * slots with fast paths for the built-in types first; CPython's {@code Objects/abstract.c}
 * ({@code PyNumber_*}, {@code PyObject_GetItem}, {@code PySequence_Contains},
 * {@code PyObject_GetIter}) and {@code Objects/object.c} ({@code PyObject_Repr},
 * {@code PyObject_Str}, {@code PyObject_RichCompare}, {@code PyObject_IsTrue},
 * {@code PyObject_Hash}, {@code PyObject_GetAttr}).
 *
 * <p>Binary operators are numbered as CPython's {@code NB_*} constants ({@link BinaryOps}, the
 * {@code BINARY_OP} argument): 0..12 plain, 13..25 the in-place forms of the same operators.
 */
public final class Abstract {
    private Abstract() {}

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    // ---- repr, str, truth, hash ------------------------------------------------------------------

    /** {@code repr(o)}. */
    public static PyStr repr(PyObject o) {
        if (o instanceof PyStr && o.getClass() == PyStr.class) {
            return PyStr.of(((PyStr) o).repr());
        }
        if (o instanceof PyInt && o.getClass() == PyInt.class) {
            return PyStr.of(o.repr());
        }
        ThreadState.enterRecursive(" while getting the repr of an object");
        PyObject r;
        try {
            r = o.type().tp_repr.apply(o);
        } finally {
            ThreadState.leaveRecursive();
        }
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__repr__ returned non-string (type " + r.type().name + ")");
        }
        return (PyStr) r;
    }

    /** {@code str(o)}. */
    public static PyStr str(PyObject o) {
        if (o instanceof PyStr && o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        ThreadState.enterRecursive(" while getting the str of an object");
        PyObject r;
        try {
            r = o.type().tp_str.apply(o);
        } finally {
            ThreadState.leaveRecursive();
        }
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__str__ returned non-string (type " + r.type().name + ")");
        }
        return (PyStr) r;
    }

    /** {@code bool(o)}: {@code nb_bool}, else {@code len(o) != 0}, else true. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t.nb_bool != null) {
            return t.nb_bool.test(o);
        }
        if (t.sq_length != null) {
            return t.sq_length.length(o) != 0;
        }
        return true;
    }

    /** {@code hash(o)}. */
    public static long hash(PyObject o) {
        if (o instanceof PyStr) {
            if (o.getClass() == PyStr.class) {
                return ((PyStr) o).hash();
            }
        } else if (o instanceof PyInt && (o.getClass() == PyInt.class || o instanceof PyBool)) {
            return PyHash.ofInt((PyInt) o);
        }
        Slots.Hash h = o.type().tp_hash;
        if (h == null) {
            throw Errors.unhashable(o);
        }
        return h.hash(o);
    }

    // ---- attributes ------------------------------------------------------------------------------

    /** The name argument of getattr/setattr/delattr/hasattr: must be a str. */
    public static PyStr attrName(PyObject name) {
        if (!(name instanceof PyStr)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        return (PyStr) name;
    }

    /** {@code o.name}, or AttributeError. */
    public static PyObject getAttr(PyObject o, PyStr name) {
        PyObject r = o.type().tp_getattro.get(o, name);
        if (r == null) {
            throw Errors.noAttribute(o, name.value());
        }
        return r;
    }

    public static PyObject getAttr(PyObject o, String name) {
        return getAttr(o, PyStr.intern(name));
    }

    /** {@code _PyObject_LookupAttr}: {@code o.name}, or null when it raises AttributeError. */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        try {
            return o.type().tp_getattro.get(o, name);
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code o.name = value}; a null {@code value} deletes. */
    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        Slots.SetAttr f = o.type().tp_setattro;
        if (f == null) {
            String what = value == null ? "del" : "assign to";
            throw Errors.typeError("'" + o.type().name + "' object has no attributes (" + what + " ." + name.value() + ")");
        }
        f.set(o, name, value);
    }

    // ---- calls -----------------------------------------------------------------------------------

    /** {@code PyObject_Vectorcall}. */
    public static PyObject call(PyObject callable, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        Slots.Call f = callable.type().tp_call;
        if (f == null) {
            throw Errors.typeError("'" + callable.type().name + "' object is not callable");
        }
        return f.call(callable, args, start, nargs, kwnames);
    }

    /** {@code callable(*args)}. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, 0, args.length, null);
    }

    /** {@code o.name(*args)}. */
    public static PyObject callMethod(PyObject o, String name, PyObject... args) {
        return call(getAttr(o, name), args);
    }

    /** {@code callable(*args, **kwargs)} with the arguments as a tuple and a dict (or null). */
    public static PyObject callWithArgs(PyObject callable, PyTuple args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return call(callable, args.toArray(), 0, args.size(), null);
        }
        PyObject[] keys = kwargs.keysArray();
        PyObject[] all = new PyObject[args.size() + keys.length];
        for (int i = 0; i < args.size(); i++) {
            all[i] = args.get(i);
        }
        for (int i = 0; i < keys.length; i++) {
            if (!(keys[i] instanceof PyStr)) {
                throw Errors.typeError("keywords must be strings");
            }
            all[args.size() + i] = kwargs.get(keys[i]);
        }
        return call(callable, all, 0, args.size(), PyTuple.wrap(keys));
    }

    // ---- numbers ---------------------------------------------------------------------------------

    /** {@code a <op> b} for {@code BINARY_OP nb}. */
    public static PyObject binaryOp(int nb, PyObject a, PyObject b) {
        int op = nb >= NB_INPLACE_ADD ? nb - NB_INPLACE_ADD : nb;
        if (a instanceof PyInt && b instanceof PyInt && isPlainInt(a) && isPlainInt(b)) {
            PyObject r = IntType.binary(op, (PyInt) a, (PyInt) b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r;
        if (nb >= NB_INPLACE_ADD) {
            r = binaryIop1(nb, op, a, b);
        } else {
            r = binaryOp1(op, a, b);
        }
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (op == NB_ADD) {
            PyType ta = a.type();
            Slots.Binary concat = nb >= NB_INPLACE_ADD && ta.sq_inplace_concat != null ? ta.sq_inplace_concat : ta.sq_concat;
            if (concat != null) {
                return concat.apply(a, b);
            }
        } else if (op == NB_MULTIPLY) {
            PyType ta = a.type();
            Slots.Binary repeat = nb >= NB_INPLACE_ADD && ta.sq_inplace_repeat != null ? ta.sq_inplace_repeat : ta.sq_repeat;
            if (repeat != null) {
                return sequenceRepeat(repeat, a, b);
            }
            if (b.type().sq_repeat != null) {
                return sequenceRepeat(b.type().sq_repeat, b, a);
            }
        }
        throw unsupported(nb, a, b);
    }

    private static boolean isPlainInt(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyInt.class || c == PyBool.class;
    }

    private static PyObject sequenceRepeat(Slots.Binary repeat, PyObject seq, PyObject n) {
        if (n.type().nb_index == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name + "'");
        }
        return repeat.apply(seq, PyInt.of(asIndexSized(n, true)));
    }

    /** {@code binary_op1}: the left operand's slot, the right one's, the subclass's first. */
    static PyObject binaryOp1(int op, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        Slots.Binary slotv = ta.nb[op];
        Slots.Binary slotw = null;
        if (tb != ta) {
            slotw = tb.nb[op];
            if (slotw == slotv) {
                slotw = null;
            }
        }
        if (slotv != null) {
            if (slotw != null && tb.isSubtypeOf(ta)) {
                PyObject x = slotw.apply(a, b);
                if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.apply(a, b);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        if (slotw != null) {
            return slotw.apply(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code binary_iop1}: the in-place slot, then the plain operator. */
    private static PyObject binaryIop1(int nb, int op, PyObject a, PyObject b) {
        Slots.Binary slot = a.type().nb[nb];
        if (slot != null) {
            PyObject x = slot.apply(a, b);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) {
                return x;
            }
        }
        return binaryOp1(op, a, b);
    }

    private static PyException unsupported(int nb, PyObject a, PyObject b) {
        String sym = BinaryOps.symbols(nb);
        if (nb == NB_POWER) {
            sym = "** or pow()";
        } else if (nb == NB_INPLACE_POWER) {
            sym = "**=";
        }
        return Errors.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name + "' and '" + b.type().name + "'");
    }

    public static PyObject negative(PyObject a) {
        if (a instanceof PyInt && isPlainInt(a)) {
            return IntOps.negate((PyInt) a);
        }
        Slots.Unary f = a.type().nb_negative;
        if (f == null) {
            throw Errors.typeError("bad operand type for unary -: '" + a.type().name + "'");
        }
        return f.apply(a);
    }

    public static PyObject positive(PyObject a) {
        Slots.Unary f = a.type().nb_positive;
        if (f == null) {
            throw Errors.typeError("bad operand type for unary +: '" + a.type().name + "'");
        }
        return f.apply(a);
    }

    public static PyObject invert(PyObject a) {
        Slots.Unary f = a.type().nb_invert;
        if (f == null) {
            throw Errors.typeError("bad operand type for unary ~: '" + a.type().name + "'");
        }
        return f.apply(a);
    }

    public static PyObject absolute(PyObject a) {
        Slots.Unary f = a.type().nb_absolute;
        if (f == null) {
            throw Errors.typeError("bad operand type for abs(): '" + a.type().name + "'");
        }
        return f.apply(a);
    }

    /** {@code PyNumber_Index}: an int for an object that can be used as one. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt) {
            return isPlainInt(o) ? (PyInt) o : PyInt.of(((PyInt) o).toBig());
        }
        Slots.Unary f = o.type().nb_index;
        if (f == null) {
            throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        PyObject r = f.apply(o);
        if (!(r instanceof PyInt)) {
            throw Errors.typeError("__index__ returned non-int (type " + r.type().name + ")");
        }
        if (r.getClass() != PyInt.class) {
            Warnings.deprecated("__index__ returned non-int (type " + r.type().name + ")" + IntType.STRICT_INT);
        }
        return (PyInt) r;
    }

    /** A C {@code int} argument ({@code _PyLong_AsInt} of the index): OverflowError outside 32 bits. */
    public static int asCInt(PyObject o) {
        PyInt v = index(o);
        if (v.big != null || v.value > Integer.MAX_VALUE || v.value < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) v.value;
    }

    /**
     * {@code PyNumber_AsSsize_t}: an index that fits in an int (Java arrays and strings are
     * int-indexed): OverflowError past it, or IndexError when {@code overflowError} is false
     * ("cannot fit 'int' into an index-sized integer").
     */
    public static long asIndexSized(PyObject o, boolean overflowError) {
        PyInt i = index(o);
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            if (!overflowError) {
                throw Errors.indexError("cannot fit 'int' into an index-sized integer");
            }
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    // ---- comparison ------------------------------------------------------------------------------

    /** {@code a <op> b} for the six rich comparisons ({@code Py_LT} .. {@code Py_GE}). */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        if (a instanceof PyInt && b instanceof PyInt && isPlainInt(a) && isPlainInt(b)) {
            return PyBool.of(outcome(IntOps.compare((PyInt) a, (PyInt) b), op));
        }
        ThreadState.enterRecursive(" in comparison");
        try {
            return doRichCompare(a, b, op);
        } finally {
            ThreadState.leaveRecursive();
        }
    }

    /** {@code do_richcompare}: the reflected operation first when b's type is a proper subclass of a's. */
    private static PyObject doRichCompare(PyObject a, PyObject b, int op) {
        PyType ta = a.type();
        PyType tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && tb.tp_richcompare != null) {
            checkedReverse = true;
            PyObject r = tb.tp_richcompare.compare(b, a, SWAPPED[op]);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (ta.tp_richcompare != null) {
            PyObject r = ta.tp_richcompare.compare(a, b, op);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse && tb.tp_richcompare != null) {
            PyObject r = tb.tp_richcompare.compare(b, a, SWAPPED[op]);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return PyBool.of(a == b);
            case NE:
                return PyBool.of(a != b);
            default:
                throw Errors.typeError("'" + OpargNames.compareOps(op) + "' not supported between instances of '" + ta.name
                        + "' and '" + tb.name + "'");
        }
    }

    /** {@code PyObject_RichCompareBool}: identity implies equality, as in containers. */
    public static boolean richCompareBool(PyObject a, PyObject b, int op) {
        if (a == b) {
            if (op == EQ) {
                return true;
            }
            if (op == NE) {
                return false;
            }
        }
        PyObject r = richCompare(a, b, op);
        if (r instanceof PyBool) {
            return r == PyBool.TRUE;
        }
        return isTrue(r);
    }

    /** Kept for existing callers: {@link #richCompareBool} without the identity shortcut. */
    public static boolean compareBool(PyObject a, PyObject b, int op) {
        return isTrue(richCompare(a, b, op));
    }

    static boolean outcome(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    // ---- items and containers --------------------------------------------------------------------

    /** {@code o[key]}. */
    public static PyObject getItem(PyObject o, PyObject key) {
        Slots.Binary f = o.type().mp_subscript;
        if (f != null) {
            return f.apply(o, key);
        }
        if (o instanceof PyType) {
            PyObject cg = lookupAttr(o, PyStr.intern("__class_getitem__"));
            if (cg != null) {
                return call(cg, key);
            }
            throw Errors.typeError("type '" + ((PyType) o).name + "' is not subscriptable");
        }
        throw Errors.typeError("'" + o.type().name + "' object is not subscriptable");
    }

    /** {@code o[key] = value}; a null {@code value} deletes. */
    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Slots.AssignItem f = o.type().mp_ass_subscript;
        if (f == null) {
            if (value == null) {
                // PyObject_DelItem: a sequence given an index fails in PySequence_DelItem, worded otherwise
                PyType t = o.type();
                boolean sequence = t.isHeapType() || t.sq_length != null || t.sq_contains != null || t.sq_concat != null;
                throw Errors.typeError("'" + t.name + "' object " + (sequence && key.type().nb_index != null ? "doesn't" : "does not")
                        + " support item deletion");
            }
            throw Errors.typeError("'" + o.type().name + "' object does not support item assignment");
        }
        f.assign(o, key, value);
    }

    /** {@code item in container} ({@code PySequence_Contains}). */
    public static boolean contains(PyObject container, PyObject item) {
        Slots.Contains f = container.type().sq_contains;
        if (f != null) {
            return f.contains(container, item);
        }
        return iterSearchContains(container, item);
    }

    /** {@code _PySequence_IterSearch} for {@code in}: iterate and compare. */
    public static boolean iterSearchContains(PyObject container, PyObject item) {
        PyObject it;
        try {
            it = getIter(container);
        } catch (PyException e) {
            if (e.value.type() == ExceptionTypes.TypeError && container.type().tp_iter == null
                    && container.type().mp_subscript == null) {
                throw Errors.typeError("argument of type '" + container.type().name + "' is not iterable");
            }
            throw e;
        }
        PyObject x;
        while ((x = next(it)) != null) {
            if (richCompareBool(x, item, EQ)) {
                return true;
            }
        }
        return false;
    }

    /** {@code len(o)}. */
    public static int len(PyObject o) {
        Slots.Length f = o.type().sq_length;
        if (f == null) {
            throw Errors.typeError("object of type '" + o.type().name + "' has no len()");
        }
        return f.length(o);
    }

    // ---- iteration -------------------------------------------------------------------------------

    /** {@code iter(o)}: {@code tp_iter}, or a sequence iterator over {@code __getitem__}. */
    public static PyObject getIter(PyObject o) {
        PyType t = o.type();
        Slots.Unary f = t.tp_iter;
        if (f == null) {
            if (t.mp_subscript != null && !(o instanceof PyDict)) {
                return new PySeqIter(o);
            }
            throw Errors.typeError("'" + t.name + "' object is not iterable");
        }
        PyObject it = f.apply(o);
        if (it.type().tp_iternext == null) {
            throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name + "'");
        }
        return it;
    }

    /** {@code next(it)}: the next item, or null when the iterator is exhausted. */
    public static PyObject next(PyObject it) {
        Slots.Next f = it.type().tp_iternext;
        if (f == null) {
            throw Errors.typeError("'" + it.type().name + "' object is not an iterator");
        }
        return f.next(it);
    }

    /** The items of an iterable, in order ({@code PySequence_Fast}). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple && iterable.getClass() == PyTuple.class) {
            return ((PyTuple) iterable).toArray();
        }
        if (iterable instanceof PyList && iterable.type() == PyList.TYPE) {
            return ((PyList) iterable).toArray();
        }
        if (iterable instanceof PyRange) {
            len(iterable); // PyObject_LengthHint: a range too long for a sequence is an OverflowError
        }
        return drain(getIter(iterable));
    }

    private static PyObject[] drain(PyObject it) {
        ArrayList<PyObject> out = new ArrayList<>();
        PyObject x;
        while ((x = next(it)) != null) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    /** {@code PySequence_Fast(o, message)}: a TypeError from making the iterator becomes {@code message}. */
    public static PyObject[] toArray(PyObject iterable, String message) {
        if (iterable instanceof PyTuple || iterable instanceof PyList) {
            return toArray(iterable);
        }
        PyObject it;
        try {
            it = getIter(iterable);
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.TypeError)) {
                // "%s" stands for the type of the object that could not be iterated
                throw Errors.typeError(message.replace("%s", iterable.type().name));
            }
            throw e;
        }
        return drain(it);
    }

    /** {@code _PyObject_IsAbstract}: a true {@code __isabstractmethod__} attribute. */
    public static boolean isAbstract(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return false;
        }
        PyObject v = lookupAttr(o, PyStr.intern("__isabstractmethod__"));
        return v != null && isTrue(v);
    }

    // ---- isinstance and issubclass ---------------------------------------------------------------

    /** {@code PyObject_TypeCheck}: is {@code o}'s type {@code t} or a subclass? */
    public static boolean typeCheck(PyObject o, PyType t) {
        return o.type() == t || o.type().isSubtypeOf(t);
    }

    private static final PyStr INSTANCECHECK = PyStr.intern("__instancecheck__");
    private static final PyStr SUBCLASSCHECK = PyStr.intern("__subclasscheck__");
    private static final PyStr CLASS = PyStr.intern("__class__");

    /** {@code isinstance(o, cls)}: tuples of classes, {@code __instancecheck__}, {@code __class__}. */
    public static boolean isInstance(PyObject o, PyObject cls) {
        if (o.type() == cls) {
            return true;
        }
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE) {
            return recursiveIsInstance(o, (PyType) cls);
        }
        if (cls instanceof PyUnion) {
            cls = ((PyUnion) cls).args;
        }
        if (cls instanceof PyTuple) {
            ThreadState.enterRecursive(" in __instancecheck__");
            try {
                PyTuple t = (PyTuple) cls;
                for (int i = 0; i < t.size(); i++) {
                    if (isInstance(o, t.get(i))) {
                        return true;
                    }
                }
                return false;
            } finally {
                ThreadState.leaveRecursive();
            }
        }
        PyObject checker = cls.type().lookup(INSTANCECHECK);
        if (checker != null) {
            return isTrue(HeapSlots.callDescr(checker, cls, new PyObject[] {o}));
        }
        if (!(cls instanceof PyType)) {
            throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return recursiveIsInstance(o, (PyType) cls);
    }

    private static boolean recursiveIsInstance(PyObject o, PyType cls) {
        if (o.type().isSubtypeOf(cls)) {
            return true;
        }
        PyObject c = lookupAttr(o, CLASS);
        return c != o.type() && c instanceof PyType && ((PyType) c).isSubtypeOf(cls);
    }

    /** {@code issubclass(derived, cls)}. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE) {
            if (!(derived instanceof PyType)) {
                return abstractIsSubclass(derived, cls);
            }
            return ((PyType) derived).isSubtypeOf((PyType) cls);
        }
        if (cls instanceof PyUnion) {
            cls = ((PyUnion) cls).args;
        }
        if (cls instanceof PyTuple) {
            PyTuple t = (PyTuple) cls;
            for (int i = 0; i < t.size(); i++) {
                if (isSubclass(derived, t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type().lookup(SUBCLASSCHECK);
        if (checker != null) {
            return isTrue(HeapSlots.callDescr(checker, cls, new PyObject[] {derived}));
        }
        if (!(cls instanceof PyType)) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (!(derived instanceof PyType)) {
            return abstractIsSubclass(derived, cls);
        }
        return ((PyType) derived).isSubtypeOf((PyType) cls);
    }

    private static final PyStr BASES = PyStr.intern("__bases__");

    /**
     * CPython's {@code abstract_issubclass}: an object that is not a type counts as a class when
     * its {@code __bases__} is a tuple; walk those bases.
     */
    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        PyObject bases = lookupAttr(derived, BASES);
        if (!(bases instanceof PyTuple)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        ThreadState.enterRecursive(" in __subclasscheck__");
        try {
            while (true) {
                if (derived == cls) {
                    return true;
                }
                PyTuple t = (PyTuple) bases;
                if (t.size() == 0) {
                    return false;
                }
                for (int i = 0; i < t.size() - 1; i++) {
                    PyObject b = t.get(i);
                    if (b == cls || (b instanceof PyType && cls instanceof PyType && ((PyType) b).isSubtypeOf((PyType) cls))) {
                        return true;
                    }
                    PyObject bb = lookupAttr(b, BASES);
                    if (bb instanceof PyTuple && !(b instanceof PyType) && abstractIsSubclass(b, cls)) {
                        return true;
                    }
                }
                derived = t.get(t.size() - 1);
                if (derived instanceof PyType && cls instanceof PyType) {
                    return ((PyType) derived).isSubtypeOf((PyType) cls);
                }
                bases = lookupAttr(derived, BASES);
                if (!(bases instanceof PyTuple)) {
                    return derived == cls;
                }
            }
        } finally {
            ThreadState.leaveRecursive();
        }
    }

    // ---- formatting ------------------------------------------------------------------------------

    /** {@code format(o, spec)}: {@code type(o).__format__(o, spec)}, which must return a str. */
    public static PyStr format(PyObject o, PyStr spec) {
        if (spec.value().isEmpty()) {
            if (o instanceof PyStr && o.getClass() == PyStr.class) {
                return (PyStr) o;
            }
            if (o instanceof PyInt && isPlainInt(o) && !(o instanceof PyBool)) {
                return PyStr.of(o.repr());
            }
        }
        PyType t = o.type();
        if (t == PyFloat.TYPE || t == PyInt.TYPE || t == PyStr.TYPE || t == PyComplex.TYPE) {
            // their __format__ cannot be replaced: skip the method lookup and the call
            return Formatting.formatExact(o, spec.value());
        }
        PyObject r = HeapSlots.callMethod(o, PyStr.intern("__format__"), spec);
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__format__ must return a str, not " + r.type().name);
        }
        return (PyStr) r;
    }
}
