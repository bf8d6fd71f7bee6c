package dev.snakebox.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Making a class: {@code type(name, bases, ns)} and the end of a class statement; CPython's
 * {@code type_new} and its helpers ({@code _PyType_CalculateMetaclass}, {@code best_base},
 * {@code type_new_slots}, {@code type_new_set_names}, {@code type_new_init_subclass},
 * {@code fixup_slot_dispatchers}) in {@code Objects/typeobject.c}; also {@code tp_new_wrapper},
 * the {@code __new__} a built-in type shows in its dict.
 */
public final class TypeNew {
    private TypeNew() {}

    private static final PyStr QUALNAME = PyStr.intern("__qualname__");
    private static final PyStr MODULE = PyStr.intern("__module__");
    private static final PyStr DOC = PyStr.intern("__doc__");
    private static final PyStr SLOTS = PyStr.intern("__slots__");
    private static final PyStr CLASSCELL = PyStr.intern("__classcell__");
    private static final PyStr CLASSDICTCELL = PyStr.intern("__classdictcell__");
    private static final PyStr NEW = PyStr.intern("__new__");
    private static final PyStr INIT_SUBCLASS = PyStr.intern("__init_subclass__");
    private static final PyStr CLASS_GETITEM = PyStr.intern("__class_getitem__");
    private static final PyStr EQ = PyStr.intern("__eq__");
    private static final PyStr HASH = PyStr.intern("__hash__");
    private static final PyStr SET_NAME = PyStr.intern("__set_name__");
    private static final PyStr DICT = PyStr.intern("__dict__");
    private static final PyStr WEAKREF = PyStr.intern("__weakref__");

    /** {@code _PyType_CalculateMetaclass}: the most derived metaclass of {@code meta} and the bases' classes. */
    public static PyType calculateMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (int i = 0; i < bases.size(); i++) {
            PyType t = bases.get(i).type();
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                    + "of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type_new}. */
    static PyObject create(PyType metatype, String name, PyTuple bases, PyDict ns, PyDict kwargs) {
        // type_new_get_bases: a class statement resolved these already; type() does not
        for (int i = 0; i < bases.size(); i++) {
            if (!(bases.get(i) instanceof PyType) && Abstract.lookupAttr(bases.get(i), PyStr.intern("__mro_entries__")) != null) {
                throw Errors.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        PyType winner = calculateMetaclass(metatype, bases);
        if (winner != metatype && winner.tp_new != TypeType.NEW) {
            PyObject[] args = {PyStr.of(name), bases, ns};
            return winner.tp_new.create(winner, args, 0, 3, null);
        }
        metatype = winner;
        if (name.indexOf('\0') >= 0) {
            throw Errors.valueError("type name must not contain null characters");
        }
        PyType[] baseArray;
        if (bases.size() == 0) {
            baseArray = new PyType[] {PyType.OBJECT};
            bases = PyTuple.of(PyType.OBJECT);
        } else {
            baseArray = new PyType[bases.size()];
            for (int i = 0; i < bases.size(); i++) {
                PyObject b = bases.get(i);
                if (!(b instanceof PyType)) {
                    throw Errors.typeError("bases must be types");
                }
                baseArray[i] = (PyType) b;
            }
        }
        PyType base = bestBase(baseArray);
        PyDict dict = ns.copy();

        PyType type = PyType.heap(metatype, name, base);
        type.flags |= PyType.BASETYPE | (base.flags & PyType.HAS_DICT);

        PyObject qn = dict.getStr(QUALNAME);
        if (qn != null) {
            if (!(qn instanceof PyStr)) {
                throw Errors.typeError("type __qualname__ must be a str, not " + qn.type().name);
            }
            type.qualname = ((PyStr) qn).value();
            dict.removeStr(QUALNAME);
        }
        if (dict.getStr(MODULE) == null) {
            ThreadState.Evaluator ev = ThreadState.current().evaluator;
            PyDict globals = ev == null ? null : ev.currentGlobals();
            PyObject m = globals == null ? null : globals.getStr(PyStr.intern("__name__"));
            if (m != null) {
                dict.putStr(MODULE, m);
            }
        }

        // __slots__, or an instance __dict__
        List<String> slotNames = slotNames(dict, base, name);
        boolean addDict = false;
        // type_new_slots_impl: no slot at all, not even __dict__ or __weakref__, over a base with items
        if (slotNames != null && !slotNames.isEmpty() && TypeLayout.of(base).itemSize != 0) {
            throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + base.name + "'");
        }
        // type_new_slots: a weak-reference list only over a base without one and without items
        boolean mayAddWeakref = TypeLayout.mayAddWeakref(base);
        boolean addWeakref = slotNames == null && mayAddWeakref;
        if (slotNames != null && slotNames.remove("__weakref__")) {
            if (!mayAddWeakref) {
                throw Errors.typeError("__weakref__ slot disallowed: we already got one");
            }
            addWeakref = true;
        }
        if (slotNames == null) {
            addDict = (base.flags & PyType.HAS_DICT) == 0;
        } else if (slotNames.remove("__dict__")) {
            if ((base.flags & PyType.HAS_DICT) != 0) {
                throw Errors.typeError("__dict__ slot disallowed: we already got one");
            }
            addDict = true;
        }
        if (addDict) {
            type.flags |= PyType.HAS_DICT;
        }

        // plain functions that are implicitly static or class methods
        PyObject newf = dict.getStr(NEW);
        if (newf instanceof PyFunction) {
            dict.putStr(NEW, new PyStaticMethod(newf));
        }
        for (PyStr n : new PyStr[] {INIT_SUBCLASS, CLASS_GETITEM}) {
            PyObject f = dict.getStr(n);
            if (f instanceof PyFunction) {
                dict.putStr(n, new PyClassMethod(f));
            }
        }

        PyObject cell = dict.getStr(CLASSCELL);
        if (cell != null) {
            if (!(cell instanceof PyCell)) {
                throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + Abstract.repr(cell.type()).value());
            }
            dict.removeStr(CLASSCELL);
        }
        PyObject dictCell = dict.getStr(CLASSDICTCELL);
        if (dictCell != null) {
            dict.removeStr(CLASSDICTCELL);
        }

        type.slotCount = base.slotCount;
        if (slotNames != null) {
            for (String s : slotNames) {
                if (dict.getStr(PyStr.intern(mangle(name, s))) != null) {
                    throw Errors.valueError("'" + s + "' in __slots__ conflicts with class variable");
                }
            }
            for (String s : slotNames) { // a repeated name gets a second slot, as in CPython
                String mangled = mangle(name, s);
                dict.putStr(PyStr.intern(mangled), new PyMemberDescr(type, mangled, type.slotCount++));
            }
        }
        type.solidBase = slotNames != null && !slotNames.isEmpty() ? type : base.solidBase;
        type.layout = TypeLayout.forClass(TypeLayout.of(base), slotNames == null ? 0 : slotNames.size(), addDict, addWeakref);

        PyType[] mro = Mro.compute(type, baseArray);
        type.setReady(mro, bases, dict);
        customMro(type);
        if (addDict && dict.getStr(DICT) == null) {
            dict.putStr(DICT, new PyGetSetDescr(type, "__dict__", TypeNew::instanceDict, TypeNew::setInstanceDict));
        }
        if (addWeakref && dict.getStr(WEAKREF) == null) {
            dict.putStr(WEAKREF, new PyGetSetDescr(type, "__weakref__", self -> PyNone.NONE, null));
        }
        if (dict.getStr(DOC) == null) {
            dict.putStr(DOC, PyNone.NONE);
        }
        if (dict.getStr(EQ) != null && dict.getStr(HASH) == null) {
            dict.putStr(HASH, PyNone.NONE);
        }
        type.run = ThreadState.current();
        for (PyType b : baseArray) {
            b.addSubclass(type);
        }
        type.modified();
        SlotDefs.fixup(type);

        if (cell != null) {
            ((PyCell) cell).ref = type;
        }
        if (dictCell instanceof PyCell) {
            ((PyCell) dictCell).ref = dict;
        }
        setNames(type);
        initSubclass(type, kwargs);
        return type;
    }

    /** {@code best_base}: the base whose instance layout the others extend. */
    static PyType bestBase(PyType[] bases) {
        PyType best = null;
        PyType winner = null;
        for (PyType b : bases) {
            if ((b.flags & PyType.BASETYPE) == 0) {
                throw Errors.typeError("type '" + b.fullName() + "' is not an acceptable base type");
            }
            PyType candidate = b.solidBase;
            if (winner == null) {
                winner = candidate;
                best = b;
            } else if (winner.isSubtypeOf(candidate)) {
                // keep the winner
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                best = b;
            } else {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /** The names of {@code __slots__}, or null when the class has none. */
    private static List<String> slotNames(PyDict dict, PyType base, String className) {
        PyObject slots = dict.getStr(SLOTS);
        if (slots == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        PyObject[] items = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
        for (PyObject o : items) {
            if (!(o instanceof PyStr)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + o.type().name + "'");
            }
            String s = ((PyStr) o).value();
            if (!isIdentifier(s)) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            if ((s.equals("__dict__") || s.equals("__weakref__")) && names.contains(s)) {
                throw Errors.typeError(s + " slot disallowed: we already got one");
            }
            names.add(s);
        }
        boolean weakref = names.remove("__weakref__");
        if (!names.isEmpty() && !(names.size() == 1 && names.get(0).equals("__dict__"))
                && base.solidBase != PyType.OBJECT && !base.solidBase.isHeapType()) {
            throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + base.solidBase.name + "'");
        }
        if (weakref) {
            names.add(0, "__weakref__"); // no storage: create() gives it the descriptor alone
        }
        return names;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** {@code _Py_Mangle}: {@code __x} in class {@code C} is {@code _C__x}. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        if (i == className.length()) {
            return name;
        }
        return "_" + className.substring(i) + name;
    }

    private static PyObject instanceDict(PyObject self) {
        PyDict d = self.instanceDict();
        if (d == null) {
            throw Errors.attributeError(self, "__dict__", "This object has no __dict__");
        }
        return d;
    }

    /** A new {@code __dict__}: must be a dict. */
    static PyDict checkDict(PyObject value) {
        if (!(value instanceof PyDict)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + (value == null ? "NoneType" : value.type().name) + "'");
        }
        return (PyDict) value;
    }

    private static void setInstanceDict(PyObject self, PyObject value) {
        checkDict(value);
        if (self instanceof PyInstance) {
            ((PyInstance) self).dict = (PyDict) value;
        } else {
            throw Errors.typeError("cannot set __dict__ of this object");
        }
    }

    /** {@code type_new_set_names}: {@code value.__set_name__(type, name)} for each attribute that has one. */
    private static void setNames(PyType type) {
        PyDict dict = type.dict();
        PyObject[] keys = dict.keysArray();
        PyObject[] values = dict.valuesArray();
        for (int i = 0; i < keys.length; i++) {
            PyObject v = values[i];
            PyObject setName = v.type().lookup(SET_NAME);
            if (setName == null) {
                continue;
            }
            try {
                HeapSlots.callDescr(setName, v, new PyObject[] {type, keys[i]});
            } catch (PyException e) {
                e.value.addNote("Error calling __set_name__ on '" + v.type().name + "' instance " + Abstract.repr(keys[i]).value()
                        + " in '" + type.name + "'");
                throw e;
            }
        }
    }

    private static final PyStr MRO = PyStr.intern("mro");

    /** {@code mro_invoke}: a metaclass's own {@code mro()} replaces the C3 order it may build on. */
    static void customMro(PyType type) {
        PyType meta = type.type();
        if (meta == PyType.TYPE) {
            return;
        }
        PyObject m = meta.lookup(MRO);
        if (m == null || m == PyType.TYPE.dict().getStr(MRO)) {
            return;
        }
        PyObject[] items = Abstract.toArray(Abstract.call(Abstract.getAttr(type, MRO)));
        PyType[] order = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType)) {
                throw Errors.typeError("mro() returned a non-class ('" + items[i].type().name + "')");
            }
            order[i] = (PyType) items[i];
        }
        type.setMro(order);
    }

    /** {@code type_new_init_subclass}: {@code super(type, type).__init_subclass__(**kwargs)}. */
    private static void initSubclass(PyType type, PyDict kwargs) {
        boolean[] unbound = new boolean[1];
        PyObject f = PySuper.lookup(type, type, INIT_SUBCLASS, null);
        PyObject[] keys = kwargs.keysArray();
        PyObject[] args = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            args[i] = kwargs.get(keys[i]);
        }
        Abstract.call(f, args, 0, 0, keys.length == 0 ? null : PyTuple.of(keys));
    }

    // ---- tp_new_wrapper --------------------------------------------------------------------------

    /** The {@code __new__} of a built-in type's dict: {@code T.__new__(S, ...)} makes an S with T's {@code tp_new}. */
    static PyBuiltinFunction newWrapper(PyType t) {
        PyBuiltinFunction f = new PyBuiltinFunction(t, "__new__", (self, args, start, nargs, kwnames) -> {
            PyType type = (PyType) self;
            if (nargs < 1) {
                throw Errors.typeError(type.name + ".__new__(): not enough arguments");
            }
            PyObject arg0 = args[start];
            if (!(arg0 instanceof PyType)) {
                throw Errors.typeError(type.name + ".__new__(X): X is not a type object (" + arg0.type().name + ")");
            }
            PyType subtype = (PyType) arg0;
            if (!subtype.isSubtypeOf(type)) {
                throw Errors.typeError(type.name + ".__new__(" + subtype.name + "): " + subtype.name + " is not a subtype of "
                        + type.name);
            }
            PyType staticBase = subtype;
            while (staticBase != null && staticBase.tp_new == HeapSlots.NEW) {
                staticBase = staticBase.base;
            }
            if (staticBase != null && staticBase.tp_new != type.tp_new) {
                throw Errors.typeError(type.name + ".__new__(" + subtype.name + ") is not safe, use " + staticBase.name
                        + ".__new__()");
            }
            return type.tp_new.create(subtype, args, start + 1, nargs - 1, kwnames);
        }, t);
        f.newWrapperOf = t;
        return f;
    }

    static boolean isNewWrapper(PyObject o) {
        return o instanceof PyBuiltinFunction && ((PyBuiltinFunction) o).newWrapperOf != null;
    }

    static PyType wrappedType(PyObject o) {
        return ((PyBuiltinFunction) o).newWrapperOf;
    }
}
