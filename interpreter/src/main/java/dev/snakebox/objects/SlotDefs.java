package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Which dunder names feed which type slot; CPython's {@code slotdefs} table
 * ({@code Objects/typeobject.c}) with {@code add_operators} (a built-in type's slots appear in
 * its dict as wrapper descriptors, {@code int.__add__}) and {@code update_one_slot} (a class's
 * slot is the built-in function when the dunder it finds is that function's wrapper, and the
 * generic {@code slot_*} function of {@link HeapSlots} that calls the dunder otherwise).
 */
final class SlotDefs {
    private SlotDefs() {}

    // slot numbers: the type's fields, one each; the binary number slots are NB_BASE + NB_*
    static final int TP_REPR = 0;
    static final int TP_STR = 1;
    static final int TP_HASH = 2;
    static final int TP_RICHCOMPARE = 3;
    static final int TP_GETATTRO = 4;
    static final int TP_SETATTRO = 5;
    static final int TP_CALL = 6;
    static final int TP_ITER = 7;
    static final int TP_ITERNEXT = 8;
    static final int TP_DESCR_GET = 9;
    static final int TP_DESCR_SET = 10;
    static final int TP_INIT = 11;
    static final int TP_NEW = 12;
    static final int NB_NEGATIVE = 13;
    static final int NB_POSITIVE = 14;
    static final int NB_ABSOLUTE = 15;
    static final int NB_INVERT = 16;
    static final int NB_BOOL = 17;
    static final int NB_INDEX = 18;
    static final int NB_INT = 19;
    static final int NB_FLOAT = 20;
    static final int SQ_LENGTH = 21;
    static final int MP_SUBSCRIPT = 22;
    static final int MP_ASS_SUBSCRIPT = 23;
    static final int SQ_CONTAINS = 24;
    static final int SQ_CONCAT = 25;
    static final int SQ_REPEAT = 26;
    static final int SQ_INPLACE_CONCAT = 27;
    static final int SQ_INPLACE_REPEAT = 28;
    static final int NB_BASE = 29;
    static final int SLOT_COUNT = NB_BASE + 26;

    /** How a wrapper descriptor calls the slot it wraps (CPython's {@code wrap_*} functions). */
    enum Kind {
        NONE, UNARY, NEXT, BINARY_L, BINARY_R, INPLACE, HASH, LEN, BOOL, RICHCMP, GETATTR, SETATTR, DELATTR, CALL,
        DESCR_GET, DESCR_SET, DESCR_DELETE, INIT, NEW, CONTAINS, GETITEM, SETITEM, DELITEM, INDEXARG
    }

    /** One row of the table. */
    static final class Def {
        final String name;
        final int slot;
        final Kind kind;
        /** For RICHCMP: the comparison ({@link Abstract#LT} ..). */
        final int op;
        final String doc;

        Def(String name, int slot, Kind kind, int op, String doc) {
            this.name = name;
            this.slot = slot;
            this.kind = kind;
            this.op = op;
            this.doc = doc;
        }
    }

    static final List<Def> DEFS = new ArrayList<>();
    private static final String[] BINARY_NAMES = new String[13];

    private static void def(String name, int slot, Kind kind) {
        DEFS.add(new Def(name, slot, kind, 0, null));
    }

    static {
        def("__getattribute__", TP_GETATTRO, Kind.GETATTR);
        def("__getattr__", TP_GETATTRO, Kind.NONE);
        def("__setattr__", TP_SETATTRO, Kind.SETATTR);
        def("__delattr__", TP_SETATTRO, Kind.DELATTR);
        def("__repr__", TP_REPR, Kind.UNARY);
        def("__hash__", TP_HASH, Kind.HASH);
        def("__call__", TP_CALL, Kind.CALL);
        def("__str__", TP_STR, Kind.UNARY);
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            DEFS.add(new Def(cmp[op], TP_RICHCOMPARE, Kind.RICHCMP, op, null));
        }
        def("__iter__", TP_ITER, Kind.UNARY);
        def("__next__", TP_ITERNEXT, Kind.NEXT);
        def("__get__", TP_DESCR_GET, Kind.DESCR_GET);
        def("__set__", TP_DESCR_SET, Kind.DESCR_SET);
        def("__delete__", TP_DESCR_SET, Kind.DESCR_DELETE);
        def("__init__", TP_INIT, Kind.INIT);
        def("__new__", TP_NEW, Kind.NEW);
        String[] ops = new String[13];
        ops[NB_ADD] = "add";
        ops[NB_AND] = "and";
        ops[NB_FLOOR_DIVIDE] = "floordiv";
        ops[NB_LSHIFT] = "lshift";
        ops[NB_MATRIX_MULTIPLY] = "matmul";
        ops[NB_MULTIPLY] = "mul";
        ops[NB_REMAINDER] = "mod";
        ops[NB_OR] = "or";
        ops[NB_POWER] = "pow";
        ops[NB_RSHIFT] = "rshift";
        ops[NB_SUBTRACT] = "sub";
        ops[NB_TRUE_DIVIDE] = "truediv";
        ops[NB_XOR] = "xor";
        for (int i = 0; i < 13; i++) {
            BINARY_NAMES[i] = ops[i];
            def("__" + ops[i] + "__", NB_BASE + i, Kind.BINARY_L);
            def("__r" + ops[i] + "__", NB_BASE + i, Kind.BINARY_R);
        }
        def("__neg__", NB_NEGATIVE, Kind.UNARY);
        def("__pos__", NB_POSITIVE, Kind.UNARY);
        def("__abs__", NB_ABSOLUTE, Kind.UNARY);
        def("__bool__", NB_BOOL, Kind.BOOL);
        def("__invert__", NB_INVERT, Kind.UNARY);
        def("__int__", NB_INT, Kind.UNARY);
        def("__float__", NB_FLOAT, Kind.UNARY);
        for (int i = 0; i < 13; i++) {
            def("__i" + ops[i] + "__", NB_BASE + NB_INPLACE_ADD + i, Kind.INPLACE);
        }
        def("__index__", NB_INDEX, Kind.UNARY);
        def("__len__", SQ_LENGTH, Kind.LEN);
        def("__getitem__", MP_SUBSCRIPT, Kind.GETITEM);
        def("__setitem__", MP_ASS_SUBSCRIPT, Kind.SETITEM);
        def("__delitem__", MP_ASS_SUBSCRIPT, Kind.DELITEM);
        def("__add__", SQ_CONCAT, Kind.BINARY_L);
        def("__mul__", SQ_REPEAT, Kind.INDEXARG);
        def("__rmul__", SQ_REPEAT, Kind.INDEXARG);
        def("__contains__", SQ_CONTAINS, Kind.CONTAINS);
        def("__iadd__", SQ_INPLACE_CONCAT, Kind.BINARY_L);
        def("__imul__", SQ_INPLACE_REPEAT, Kind.INDEXARG);
    }

    /** The dunder names of binary operator {@code nb} (0..12): {@code "add"} for {@code __add__}/{@code __radd__}. */
    static String binaryName(int nb) {
        return BINARY_NAMES[nb];
    }

    // ---- reading and writing a slot by number --------------------------------------------------

    static Object get(PyType t, int slot) {
        switch (slot) {
            case TP_REPR: return t.tp_repr;
            case TP_STR: return t.tp_str;
            case TP_HASH: return t.tp_hash;
            case TP_RICHCOMPARE: return t.tp_richcompare;
            case TP_GETATTRO: return t.tp_getattro;
            case TP_SETATTRO: return t.tp_setattro;
            case TP_CALL: return t.tp_call;
            case TP_ITER: return t.tp_iter;
            case TP_ITERNEXT: return t.tp_iternext;
            case TP_DESCR_GET: return t.tp_descr_get;
            case TP_DESCR_SET: return t.tp_descr_set;
            case TP_INIT: return t.tp_init;
            case TP_NEW: return t.tp_new;
            case NB_NEGATIVE: return t.nb_negative;
            case NB_POSITIVE: return t.nb_positive;
            case NB_ABSOLUTE: return t.nb_absolute;
            case NB_INVERT: return t.nb_invert;
            case NB_BOOL: return t.nb_bool;
            case NB_INDEX: return t.nb_index;
            case NB_INT: return t.nb_int;
            case NB_FLOAT: return t.nb_float;
            case SQ_LENGTH: return t.sq_length;
            case MP_SUBSCRIPT: return t.mp_subscript;
            case MP_ASS_SUBSCRIPT: return t.mp_ass_subscript;
            case SQ_CONTAINS: return t.sq_contains;
            case SQ_CONCAT: return t.sq_concat;
            case SQ_REPEAT: return t.sq_repeat;
            case SQ_INPLACE_CONCAT: return t.sq_inplace_concat;
            case SQ_INPLACE_REPEAT: return t.sq_inplace_repeat;
            default: return t.nb[slot - NB_BASE];
        }
    }

    static void set(PyType t, int slot, Object f) {
        switch (slot) {
            case TP_REPR: t.tp_repr = (Slots.Unary) f; break;
            case TP_STR: t.tp_str = (Slots.Unary) f; break;
            case TP_HASH: t.tp_hash = (Slots.Hash) f; break;
            case TP_RICHCOMPARE: t.tp_richcompare = (Slots.RichCompare) f; break;
            case TP_GETATTRO: t.tp_getattro = (Slots.GetAttr) f; break;
            case TP_SETATTRO: t.tp_setattro = (Slots.SetAttr) f; break;
            case TP_CALL: t.tp_call = (Slots.Call) f; break;
            case TP_ITER: t.tp_iter = (Slots.Unary) f; break;
            case TP_ITERNEXT: t.tp_iternext = (Slots.Next) f; break;
            case TP_DESCR_GET: t.tp_descr_get = (Slots.DescrGet) f; break;
            case TP_DESCR_SET: t.tp_descr_set = (Slots.DescrSet) f; break;
            case TP_INIT: t.tp_init = (Slots.Init) f; break;
            case TP_NEW: t.tp_new = (Slots.New) f; break;
            case NB_NEGATIVE: t.nb_negative = (Slots.Unary) f; break;
            case NB_POSITIVE: t.nb_positive = (Slots.Unary) f; break;
            case NB_ABSOLUTE: t.nb_absolute = (Slots.Unary) f; break;
            case NB_INVERT: t.nb_invert = (Slots.Unary) f; break;
            case NB_BOOL: t.nb_bool = (Slots.Inquiry) f; break;
            case NB_INDEX: t.nb_index = (Slots.Unary) f; break;
            case NB_INT: t.nb_int = (Slots.Unary) f; break;
            case NB_FLOAT: t.nb_float = (Slots.Unary) f; break;
            case SQ_LENGTH: t.sq_length = (Slots.Length) f; break;
            case MP_SUBSCRIPT: t.mp_subscript = (Slots.Binary) f; break;
            case MP_ASS_SUBSCRIPT: t.mp_ass_subscript = (Slots.AssignItem) f; break;
            case SQ_CONTAINS: t.sq_contains = (Slots.Contains) f; break;
            case SQ_CONCAT: t.sq_concat = (Slots.Binary) f; break;
            case SQ_REPEAT: t.sq_repeat = (Slots.Binary) f; break;
            case SQ_INPLACE_CONCAT: t.sq_inplace_concat = (Slots.Binary) f; break;
            case SQ_INPLACE_REPEAT: t.sq_inplace_repeat = (Slots.Binary) f; break;
            default: t.nb[slot - NB_BASE] = (Slots.Binary) f; break;
        }
    }

    /** The generic {@code slot_*} function a class gets for a slot its dunders define, or null (sequence slots have none). */
    static Object generic(int slot) {
        switch (slot) {
            case TP_REPR: return HeapSlots.REPR;
            case TP_STR: return HeapSlots.STR;
            case TP_HASH: return HeapSlots.HASH;
            case TP_RICHCOMPARE: return HeapSlots.RICHCOMPARE;
            case TP_GETATTRO: return HeapSlots.GETATTR_HOOK;
            case TP_SETATTRO: return HeapSlots.SETATTR;
            case TP_CALL: return HeapSlots.CALL;
            case TP_ITER: return HeapSlots.ITER;
            case TP_ITERNEXT: return HeapSlots.ITERNEXT;
            case TP_DESCR_GET: return HeapSlots.DESCR_GET;
            case TP_DESCR_SET: return HeapSlots.DESCR_SET;
            case TP_INIT: return HeapSlots.INIT;
            case TP_NEW: return HeapSlots.NEW;
            case NB_NEGATIVE: return HeapSlots.NEGATIVE;
            case NB_POSITIVE: return HeapSlots.POSITIVE;
            case NB_ABSOLUTE: return HeapSlots.ABSOLUTE;
            case NB_INVERT: return HeapSlots.INVERT;
            case NB_BOOL: return HeapSlots.BOOL;
            case NB_INDEX: return HeapSlots.INDEX;
            case NB_INT: return HeapSlots.INT;
            case NB_FLOAT: return HeapSlots.FLOAT;
            case SQ_LENGTH: return HeapSlots.LENGTH;
            case MP_SUBSCRIPT: return HeapSlots.GETITEM;
            case MP_ASS_SUBSCRIPT: return HeapSlots.SETITEM;
            case SQ_CONTAINS: return HeapSlots.CONTAINS;
            case SQ_CONCAT:
            case SQ_REPEAT:
            case SQ_INPLACE_CONCAT:
            case SQ_INPLACE_REPEAT:
                return null;
            default:
                return HeapSlots.binary(slot - NB_BASE);
        }
    }

    // ---- built-in types: wrapper descriptors ---------------------------------------------------

    /**
     * The built-in types whose C definition sets {@code tp_getattro = PyObject_GenericGetAttr}
     * itself (the same function as object's), so CPython's {@code add_operators} gives them their
     * own {@code __getattribute__} wrapper (help(int) lists it).
     */
    private static final java.util.Set<String> OWN_GETATTRO = java.util.Set.of("BaseException", "bytearray", "bytes",
            "complex", "dict", "enumerate", "filter", "int", "list", "map", "memoryview", "property", "range", "reversed",
            "set", "slice", "tuple", "zip");

    /** {@code add_operators}: a wrapper in the dict for each slot the type defines itself. */
    static void addWrappers(PyType t) {
        PyDict dict = t.dict();
        for (Def d : DEFS) {
            if (d.kind == Kind.NONE) {
                continue;
            }
            Object f = get(t, d.slot);
            if (f == null || t.base != null && get(t.base, d.slot) == f && !(d.slot == TP_GETATTRO && OWN_GETATTRO.contains(t.name))) {
                continue;
            }
            PyStr name = PyStr.intern(d.name);
            if (dict.getStr(name) != null) {
                continue;
            }
            if (d.slot == TP_HASH && f == ObjectType.HASH_NOT_IMPLEMENTED) {
                dict.putStr(name, PyNone.NONE);
            } else if (d.kind == Kind.NEW) {
                dict.putStr(name, TypeNew.newWrapper(t));
            } else {
                dict.putStr(name, new PyWrapperDescr(t, d, f));
            }
        }
    }

    /**
     * A built-in type that sets a slot to the function it would inherit anyway (CPython's
     * exception types set {@code tp_init = BaseException_init} each): the wrapper in its own dict,
     * which {@link #addWrappers} leaves out for an inherited slot.
     */
    static void declareOwn(PyType t, String... names) {
        PyDict dict = t.dict();
        for (String n : names) {
            PyStr name = PyStr.intern(n);
            if (dict.getStr(name) != null) {
                continue;
            }
            for (Def d : DEFS) {
                if (d.name.equals(n)) {
                    dict.putStr(name, d.kind == Kind.NEW ? TypeNew.newWrapper(t) : new PyWrapperDescr(t, d, get(t, d.slot)));
                    break;
                }
            }
        }
    }

    // ---- classes: update_slot ------------------------------------------------------------------

    /** {@code fixup_slot_dispatchers}: every slot of a new class from the dunders along its MRO. */
    static void fixup(PyType t) {
        for (int slot = 0; slot < SLOT_COUNT; slot++) {
            set(t, slot, resolve(t, slot));
        }
    }

    /** {@code update_slot}: the slots fed by dunder {@code name}, in the class and its subclasses. */
    static void updateSlot(PyType t, String name) {
        for (Def d : DEFS) {
            if (d.name.equals(name)) {
                updateRecursive(t, d.slot);
            }
        }
    }

    private static void updateRecursive(PyType t, int slot) {
        if (t.isHeapType()) {
            set(t, slot, resolve(t, slot));
        }
        if (t.subclasses != null) {
            for (PyType s : t.subclasses) {
                updateRecursive(s, slot);
            }
        }
    }

    /** {@code update_one_slot}. */
    private static Object resolve(PyType t, int slot) {
        Object specific = null;
        boolean useGeneric = false;
        for (Def d : DEFS) {
            if (d.slot != slot) {
                continue;
            }
            PyObject descr = t.lookup(PyStr.intern(d.name));
            if (descr == null) {
                continue;
            }
            if (d.kind == Kind.NONE) {
                useGeneric = true; // __getattr__
            } else if (descr instanceof PyWrapperDescr) {
                PyWrapperDescr w = (PyWrapperDescr) descr;
                if (w.def.slot != slot) {
                    continue; // list's __add__ is sq_concat's: not nb_add's business
                }
                if (specific == null || specific == w.function) {
                    specific = w.function;
                } else {
                    useGeneric = true;
                }
            } else if (slot == TP_HASH && descr == PyNone.NONE) {
                specific = ObjectType.HASH_NOT_IMPLEMENTED;
            } else if (slot == TP_NEW && TypeNew.isNewWrapper(descr)) {
                specific = TypeNew.wrappedType(descr).tp_new;
            } else {
                useGeneric = true;
            }
        }
        return useGeneric ? generic(slot) : specific;
    }
}
