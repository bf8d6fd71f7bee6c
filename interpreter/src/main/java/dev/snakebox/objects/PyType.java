package dev.snakebox.objects;

import dev.snakebox.bytecode.BinaryOps;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python type object; CPython's {@code PyTypeObject} ({@code Objects/typeobject.c}).
 *
 * <p>The slots are fields named as CPython's ({@code tp_repr}, {@code tp_getattro}, ...); the
 * number protocol's binary slots are the array {@link #nb}, indexed by the {@code NB_*} numbers of
 * {@link BinaryOps} ({@code nb[NB_ADD]} is {@code nb_add}, {@code nb[NB_INPLACE_ADD]} is
 * {@code nb_inplace_add}), as CPython's {@code _PyEval_BinaryOps} table indexes them.
 *
 * <p>Built-in types are declared by a static call to {@link #builtin}: their own slots are set at
 * once and the missing ones inherited from the base; their dict (methods, attributes and the
 * wrapper descriptors of their slots) is filled lazily the first time it is needed
 * ({@link #ready}, CPython's {@code PyType_Ready}), which keeps the static initialisation of the
 * type objects free of cycles. Classes (heap types) are made by {@link TypeNew}.
 */
public final class PyType extends PyObject {
    /** {@code Py_TPFLAGS_HEAPTYPE}: made by a class statement or {@code type(name, bases, ns)}. */
    public static final int HEAPTYPE = 1 << 9;
    /** {@code Py_TPFLAGS_BASETYPE}: may be subclassed. */
    public static final int BASETYPE = 1 << 10;
    /** {@code Py_TPFLAGS_METHOD_DESCRIPTOR}: instances bind like functions (method calls skip the bound method). */
    public static final int METHOD_DESCRIPTOR = 1 << 17;
    /** Instances have a {@code __dict__} (CPython's {@code tp_dictoffset != 0}). */
    public static final int HAS_DICT = 1 << 2;
    /** {@code Py_TPFLAGS_IS_ABSTRACT}. */
    public static final int IS_ABSTRACT = 1 << 20;

    /** Fills a built-in type's own slots, before inheritance. */
    @FunctionalInterface
    public interface SlotFiller {
        void fill(PyType t);
    }

    /** Adds a built-in type's methods and attributes to its dict, when the type gets ready. */
    @FunctionalInterface
    public interface Definer {
        void define(PyType t);
    }

    private static int nextVersion = 1;

    public static final PyType OBJECT;
    public static final PyType TYPE;

    static {
        OBJECT = new PyType("object", null, BASETYPE, ObjectType::fill, ObjectType::define);
        TYPE = new PyType("type", OBJECT, BASETYPE, TypeType::fill, TypeType::define);
    }

    /** {@code type(self)}: {@code type} unless the class was made by a metaclass. */
    PyType metatype;
    /** {@code __name__}. */
    public String name;
    /** {@code __qualname__}. */
    public String qualname;
    /** {@code tp_base}: the base whose instance layout this type extends. */
    public PyType base;
    /** {@code __bases__}. */
    PyTuple bases;
    /** {@code __mro__}, this type first. */
    private PyType[] mro;
    /** {@code tp_dict}. */
    private PyDict dict;
    public int flags;
    /**
     * {@code tp_version_tag}: changes whenever this type's dict or one of its bases' does, so a
     * cache keyed on it (the VM's attribute caches) knows a lookup's result still holds.
     */
    public int version;
    /** Classes derived from this one (CPython's {@code tp_subclasses}), told when a slot changes. */
    List<PyType> subclasses;
    /** For a class with {@code __slots__}: the number of slot values an instance carries. */
    int slotCount;
    /** The built-in type whose Java class holds instances of this type (CPython's {@code solid_base}). */
    PyType solidBase;
    /** The C layout numbers it reports ({@link TypeLayout}); null until first asked, for a built-in type. */
    TypeLayout layout;

    private Definer definer;
    private boolean ready;

    // ---- slots -------------------------------------------------------------------------------
    public Slots.Unary tp_repr;
    public Slots.Unary tp_str;
    public Slots.Hash tp_hash;
    public Slots.RichCompare tp_richcompare;
    public Slots.GetAttr tp_getattro;
    public Slots.SetAttr tp_setattro;
    public Slots.Call tp_call;
    public Slots.Unary tp_iter;
    public Slots.Next tp_iternext;
    public Slots.DescrGet tp_descr_get;
    public Slots.DescrSet tp_descr_set;
    public Slots.New tp_new;
    public Slots.Init tp_init;
    /** {@code nb_add} .. {@code nb_inplace_xor}, indexed by {@code NB_*}. */
    public final Slots.Binary[] nb = new Slots.Binary[BinaryOps.namesCount()];
    public Slots.Unary nb_negative;
    public Slots.Unary nb_positive;
    public Slots.Unary nb_absolute;
    public Slots.Unary nb_invert;
    public Slots.Inquiry nb_bool;
    public Slots.Unary nb_index;
    public Slots.Unary nb_int;
    public Slots.Unary nb_float;
    /** {@code sq_length} / {@code mp_length}. */
    public Slots.Length sq_length;
    /** {@code mp_subscript} (and {@code sq_item}). */
    public Slots.Binary mp_subscript;
    /** {@code mp_ass_subscript} (and {@code sq_ass_item}). */
    public Slots.AssignItem mp_ass_subscript;
    public Slots.Contains sq_contains;
    /** {@code sq_concat}: {@code +} of sequences, tried after {@code nb_add}. */
    public Slots.Binary sq_concat;
    /** {@code sq_repeat}: {@code *} of a sequence by an int, tried after {@code nb_multiply}. */
    public Slots.Binary sq_repeat;
    public Slots.Binary sq_inplace_concat;
    public Slots.Binary sq_inplace_repeat;

    /**
     * A built-in type declared without slots (by code outside the runtime, such as the parser's
     * Ellipsis and the code object): repr, hash and equality come from the Java object's own
     * {@link PyObject#repr} and value ({@link PyHash#of}), the rest from {@code base}.
     */
    public PyType(String name, PyType base) {
        this(name, base, 0, PyType::javaSlots, null);
    }

    private static void javaSlots(PyType t) {
        t.tp_repr = self -> PyStr.of(self.repr());
        t.tp_hash = self -> {
            Long h = PyHash.of(self);
            return h != null ? h : ObjectType.HASH.hash(self);
        };
        t.tp_richcompare = (a, b, op) -> {
            if ((op == Abstract.EQ || op == Abstract.NE) && a.getClass() == b.getClass()) {
                return PyBool.of(PyFrozenSet.constantsEqual(a, b) == (op == Abstract.EQ));
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        };
        t.nb_bool = self -> self.isTrue();
    }

    private PyType(String name, PyType base, int flags, SlotFiller slots, Definer definer) {
        this.metatype = null; // TYPE, read through type(): TYPE does not exist while OBJECT is made
        this.name = name;
        // type_qualname of a built-in type: its tp_name after the module part ("_io.TextIOWrapper")
        this.qualname = name.substring(name.lastIndexOf('.') + 1);
        this.base = base;
        this.flags = flags;
        this.definer = definer;
        this.version = nextVersion++;
        if (slots != null) {
            slots.fill(this);
        }
        if (base != null) {
            inheritSlots(base);
            base.addSubclass(this);
        }
        this.solidBase = this;
    }

    /**
     * {@code inherit_slots}: every slot this type leaves empty comes from {@code b}. (Plain field
     * copies, with no static state, since it runs while the type objects are being initialised.)
     */
    void inheritSlots(PyType b) {
        if (tp_repr == null) tp_repr = b.tp_repr;
        if (tp_str == null) tp_str = b.tp_str;
        if (tp_hash == null && tp_richcompare == null) {
            tp_hash = b.tp_hash;
            tp_richcompare = b.tp_richcompare;
        }
        if (tp_getattro == null) tp_getattro = b.tp_getattro;
        if (tp_setattro == null) tp_setattro = b.tp_setattro;
        if (tp_call == null) tp_call = b.tp_call;
        if (tp_iter == null) tp_iter = b.tp_iter;
        if (tp_iternext == null) tp_iternext = b.tp_iternext;
        if (tp_descr_get == null) tp_descr_get = b.tp_descr_get;
        if (tp_descr_set == null) tp_descr_set = b.tp_descr_set;
        if (tp_new == null) tp_new = b.tp_new;
        if (tp_init == null) tp_init = b.tp_init;
        for (int i = 0; i < nb.length; i++) {
            if (nb[i] == null) nb[i] = b.nb[i];
        }
        if (nb_negative == null) nb_negative = b.nb_negative;
        if (nb_positive == null) nb_positive = b.nb_positive;
        if (nb_absolute == null) nb_absolute = b.nb_absolute;
        if (nb_invert == null) nb_invert = b.nb_invert;
        if (nb_bool == null) nb_bool = b.nb_bool;
        if (nb_index == null) nb_index = b.nb_index;
        if (nb_int == null) nb_int = b.nb_int;
        if (nb_float == null) nb_float = b.nb_float;
        if (sq_length == null) sq_length = b.sq_length;
        if (mp_subscript == null) mp_subscript = b.mp_subscript;
        if (mp_ass_subscript == null) mp_ass_subscript = b.mp_ass_subscript;
        if (sq_contains == null) sq_contains = b.sq_contains;
        if (sq_concat == null) sq_concat = b.sq_concat;
        if (sq_repeat == null) sq_repeat = b.sq_repeat;
        if (sq_inplace_concat == null) sq_inplace_concat = b.sq_inplace_concat;
        if (sq_inplace_repeat == null) sq_inplace_repeat = b.sq_inplace_repeat;
        flags |= b.flags & HAS_DICT;
    }

    /** Declares a built-in type: its own slots, then the ones inherited from {@code base}. */
    public static PyType builtin(String name, PyType base, int flags, SlotFiller slots, Definer definer) {
        return new PyType(name, base, flags, slots, definer);
    }

    /** The {@code __init__} found last by {@link #initFunction}, and the version it was found at. */
    private PyObject initCache;
    private int initCacheVersion;

    /** A class: made by {@link TypeNew}, which sets everything else. */
    static PyType heap(PyType metatype, String name, PyType base) {
        PyType t = new PyType(name, null, HEAPTYPE, null, null);
        t.metatype = metatype;
        t.base = base;
        return t;
    }

    @Override
    public PyType type() {
        return metatype != null ? metatype : TYPE;
    }

    public boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    /**
     * {@code PyType_Ready} for a built-in type: its MRO, and its dict filled with its methods and
     * the wrapper descriptors of the slots it defines. Done once, when first needed.
     */
    public void ready() {
        if (ready) {
            return;
        }
        ready = true;
        if (mro == null) {
            if (base == null) {
                mro = new PyType[] {this};
            } else {
                PyType[] b = base.mro();
                mro = new PyType[b.length + 1];
                mro[0] = this;
                System.arraycopy(b, 0, mro, 1, b.length);
            }
        }
        if (bases == null) {
            bases = base == null ? PyTuple.EMPTY : PyTuple.of(base);
        }
        if (dict == null) {
            dict = new PyDict();
            if (definer != null) {
                definer.define(this);
            }
            SlotDefs.addWrappers(this);
            if (dict.getStr(PyStr.intern("__doc__")) == null) {
                dict.putStr(PyStr.intern("__doc__"), PyNone.NONE);
            }
        }
    }

    /** Marks a heap type ready: {@link TypeNew} has set its MRO, bases and dict itself. */
    void setReady(PyType[] mro, PyTuple bases, PyDict dict) {
        this.mro = mro;
        this.bases = bases;
        this.dict = dict;
        this.ready = true;
    }

    /** {@code __mro__}. */
    public PyType[] mro() {
        if (!ready) {
            ready();
        }
        return mro;
    }

    void setMro(PyType[] mro) {
        this.mro = mro;
    }

    /** {@code __bases__}. */
    public PyTuple bases() {
        if (!ready) {
            ready();
        }
        return bases;
    }

    /** {@code tp_dict}: the type's own namespace. */
    public PyDict dict() {
        if (!ready) {
            ready();
        }
        return dict;
    }

    /** Entries of the method cache (a power of two). */
    private static final int MCACHE_SIZE = 4096;
    private static final int[] MCACHE_VERSION = new int[MCACHE_SIZE];
    private static final PyStr[] MCACHE_NAME = new PyStr[MCACHE_SIZE];
    private static final PyObject[] MCACHE_VALUE = new PyObject[MCACHE_SIZE];

    /**
     * {@code _PyType_Lookup}: the attribute {@code name} along the MRO, or null; through
     * CPython's global method cache, indexed by the type's version and the name's hash (an
     * entry holds while the version does, and versions change with any change to the type or a
     * base).
     */
    public PyObject lookup(PyStr name) {
        if (!ready) {
            ready();
        }
        int slot = (int) ((version * 31L + name.hash()) & (MCACHE_SIZE - 1));
        if (MCACHE_VERSION[slot] == version && MCACHE_NAME[slot] == name) {
            return MCACHE_VALUE[slot];
        }
        PyObject found = null;
        for (PyType t : mro) {
            PyObject v = t.dict().getStr(name);
            if (v != null) {
                found = v;
                break;
            }
        }
        MCACHE_VERSION[slot] = version;
        MCACHE_NAME[slot] = name;
        MCACHE_VALUE[slot] = found;
        return found;
    }

    /** {@link #lookup(PyStr)} by Java name. */
    public PyObject lookup(String name) {
        return lookup(PyStr.intern(name));
    }

    /** {@code PyType_IsSubtype}: along the MRO. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro()) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** {@code type.__module__}: "builtins" for built-in types. */
    public String module() {
        if (isHeapType()) {
            PyObject m = dict().getStr(PyStr.intern("__module__"));
            if (m instanceof PyStr) {
                return ((PyStr) m).value();
            }
            return "builtins";
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 ? name.substring(0, dot) : "builtins";
    }

    /** The name as CPython's error messages show it ({@code tp_name}: the bare name for classes). */
    public String tpName() {
        return name;
    }

    /** The name {@code repr()} and tracebacks show: {@code module.qualname}, or just the qualname for builtins and {@code __main__}. */
    public String fullName() {
        String m = module();
        return m.equals("builtins") ? qualname : m + "." + qualname;
    }

    void addSubclass(PyType sub) {
        if (subclasses == null) {
            subclasses = new ArrayList<>(2);
        }
        if (sub.run != null) {
            // the classes of programs that have finished (CPython's die with them: tp_subclasses holds weak references)
            subclasses.removeIf(s -> s.run != null && s.run != sub.run);
        }
        subclasses.add(sub);
    }

    /** The state of the run whose program made this class; null for a built-in type. */
    ThreadState run;

    /** {@code type.__subclasses__()}: the built-in subclasses and the classes of the running program. */
    List<PyType> liveSubclasses() {
        List<PyType> live = new ArrayList<>();
        if (subclasses != null) {
            for (PyType s : subclasses) {
                if (s.run == null || s.run == ThreadState.current()) {
                    live.add(s);
                }
            }
        }
        return live;
    }

    /** Gives this type and every subclass a new version: a cached lookup on them no longer holds. */
    void modified() {
        version = nextVersion++;
        if (subclasses != null) {
            for (PyType s : subclasses) {
                s.modified();
            }
        }
    }

    /** Sets an attribute of the type itself, keeping its slots in step ({@code type_setattro}'s {@code update_slot}). */
    void setOwnAttr(PyStr name, PyObject value) {
        PyDict d = dict();
        if (value == null) {
            if (d.removeStr(name) == null) {
                throw Errors.attributeError(this, name.value(), "type object '" + this.name + "' has no attribute '" + name.value() + "'");
            }
        } else {
            d.putStr(name, value);
        }
        modified();
        if (name.value().startsWith("__") && name.value().endsWith("__")) {
            SlotDefs.updateSlot(this, name.value());
        }
    }

    /** Adds a built-in member to this type's dict (used by definers). */
    public void define(String name, PyObject value) {
        dict.putStr(PyStr.intern(name), value);
    }

    /** Adds a method descriptor to this type's dict. */
    public void method(String signature, PyBuiltinFunction.Body body) {
        Signature sig = Signature.parse(signature);
        dict.putStr(PyStr.intern(sig.name), new PyMethodDescr(this, sig, body));
    }

    /** Adds a method descriptor that parses its arguments itself. */
    public void rawMethod(String name, PyBuiltinFunction.Raw body) {
        dict.putStr(PyStr.intern(name), new PyMethodDescr(this, name, body));
    }

    /** Adds a class method (like {@code dict.fromkeys}) to this type's dict. */
    public void classMethod(String signature, PyBuiltinFunction.Body body) {
        // METH_O/NOARGS messages name the type too: "bytes.fromhex() takes exactly one argument"
        Signature sig = Signature.parse(signature).owner(name.substring(name.lastIndexOf('.') + 1));
        dict.putStr(PyStr.intern(sig.name), new PyClassMethodDescr(this, sig, body));
    }

    /** Adds a read-only attribute computed from the instance. */
    public void getter(String name, PyGetSetDescr.Getter get) {
        dict.putStr(PyStr.intern(name), new PyGetSetDescr(this, name, get, null));
    }

    /** Adds a read-only member ({@code slice.start}): a member descriptor, "readonly attribute" on assignment. */
    public void member(String name, PyGetSetDescr.Getter get) {
        dict.putStr(PyStr.intern(name), new PyMemberDescr(this, name, get, null));
    }

    /** Adds a writable member ({@code OSError.errno}); {@code set} gets null to delete. */
    public void member(String name, PyGetSetDescr.Getter get, PyGetSetDescr.Setter set) {
        dict.putStr(PyStr.intern(name), new PyMemberDescr(this, name, get, set));
    }

    /** Adds a writable attribute computed from the instance. */
    public void getSet(String name, PyGetSetDescr.Getter get, PyGetSetDescr.Setter set) {
        dict.putStr(PyStr.intern(name), new PyGetSetDescr(this, name, get, set));
    }

    /** Whether instances are made by {@code object.__new__} (plain {@link PyInstance}s, not abstract). */
    public boolean newIsObjectNew() {
        return tp_new == ObjectType.NEW && (flags & IS_ABSTRACT) == 0;
    }

    /** The {@code __init__} a class defines in Python, when its {@code tp_init} is the generic slot; else null. */
    public PyObject initFunction() {
        if (tp_init != HeapSlots.INIT) {
            return null;
        }
        if (initCacheVersion != version) {
            initCache = lookup(PyStr.intern("__init__"));
            initCacheVersion = version;
        }
        return initCache;
    }


    @Override
    public String repr() {
        return "<class '" + fullName() + "'>";
    }
}
