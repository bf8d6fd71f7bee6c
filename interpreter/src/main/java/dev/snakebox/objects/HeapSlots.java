package dev.snakebox.objects;

/**
 * The generic slot functions a class gets for the dunders it defines: each looks the dunder up
 * on the object's type and calls it; CPython's {@code slot_*} functions of
 * {@code Objects/typeobject.c} ({@code slot_tp_repr}, {@code SLOT1BINFULL}, ...). Each is one
 * object, so a slot can be compared with it ("is this type's {@code nb_add} the generic one?"),
 * as CPython compares function pointers.
 */
final class HeapSlots {
    private HeapSlots() {}

    private static final PyStr REPR_NAME = PyStr.intern("__repr__");
    private static final PyStr STR_NAME = PyStr.intern("__str__");
    private static final PyStr HASH_NAME = PyStr.intern("__hash__");
    private static final PyStr CALL_NAME = PyStr.intern("__call__");
    private static final PyStr GETATTRIBUTE = PyStr.intern("__getattribute__");
    private static final PyStr GETATTR = PyStr.intern("__getattr__");
    private static final PyStr SETATTR_NAME = PyStr.intern("__setattr__");
    private static final PyStr DELATTR_NAME = PyStr.intern("__delattr__");
    private static final PyStr ITER_NAME = PyStr.intern("__iter__");
    private static final PyStr NEXT_NAME = PyStr.intern("__next__");
    private static final PyStr GET_NAME = PyStr.intern("__get__");
    private static final PyStr SET_NAME = PyStr.intern("__set__");
    private static final PyStr DELETE_NAME = PyStr.intern("__delete__");
    private static final PyStr INIT_NAME = PyStr.intern("__init__");
    private static final PyStr NEW_NAME = PyStr.intern("__new__");
    private static final PyStr BOOL_NAME = PyStr.intern("__bool__");
    private static final PyStr LEN_NAME = PyStr.intern("__len__");
    private static final PyStr GETITEM_NAME = PyStr.intern("__getitem__");
    private static final PyStr SETITEM_NAME = PyStr.intern("__setitem__");
    private static final PyStr DELITEM_NAME = PyStr.intern("__delitem__");
    private static final PyStr CONTAINS_NAME = PyStr.intern("__contains__");
    private static final PyStr[] COMPARE_NAMES = {
        PyStr.intern("__lt__"), PyStr.intern("__le__"), PyStr.intern("__eq__"),
        PyStr.intern("__ne__"), PyStr.intern("__gt__"), PyStr.intern("__ge__")};

    // ---- calling a dunder ----------------------------------------------------------------------

    /**
     * {@code vectorcall_maybe}: calls dunder {@code name} of {@code self}'s type on {@code self}
     * and {@code args}; null when the type has no such attribute. A plain function is called
     * with {@code self} first, without making a bound method.
     */
    static PyObject callMaybe(PyObject self, PyStr name, PyObject... args) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) {
            return null;
        }
        return callDescr(descr, self, args);
    }

    /** {@code vectorcall_method}: as {@link #callMaybe}, but the dunder must exist. */
    static PyObject callMethod(PyObject self, PyStr name, PyObject... args) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) {
            // lookup_method: the bare name (a descriptor with __delete__ but no __set__ gets here)
            throw Errors.raise(ExceptionTypes.AttributeError, name.value());
        }
        return callDescr(descr, self, args);
    }

    /** Calls {@code descr} (found on {@code self}'s type) as a method of {@code self}. */
    static PyObject callDescr(PyObject descr, PyObject self, PyObject[] args) {
        if (descr instanceof PyFunction || descr instanceof PyMethodDescr || descr instanceof PyWrapperDescr) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return Abstract.call(descr, all, 0, all.length, null);
        }
        Slots.DescrGet get = descr.type().tp_descr_get;
        PyObject f = get != null ? get.get(descr, self, self.type()) : descr;
        return Abstract.call(f, args, 0, args.length, null);
    }

    // ---- the slot functions --------------------------------------------------------------------

    static final Slots.Unary REPR = self -> {
        PyObject r = callMethod(self, REPR_NAME);
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__repr__ returned non-string (type " + r.type().name + ")");
        }
        return r;
    };

    static final Slots.Unary STR = self -> {
        PyObject r = callMethod(self, STR_NAME);
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__str__ returned non-string (type " + r.type().name + ")");
        }
        return r;
    };

    static final Slots.Hash HASH = self -> {
        PyObject descr = self.type().lookup(HASH_NAME);
        if (descr == null || descr == PyNone.NONE) {
            throw Errors.unhashable(self);
        }
        PyObject r = callDescr(descr, self, new PyObject[0]);
        if (!(r instanceof PyInt)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        PyInt i = (PyInt) r;
        long h = i.big == null ? i.value : PyHash.ofInt(i);
        return h == -1 ? -2 : h;
    };

    static final Slots.RichCompare RICHCOMPARE = (self, other, op) -> {
        PyObject r = callMaybe(self, COMPARE_NAMES[op], other);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    };

    /** {@code slot_tp_getattr_hook}: {@code __getattribute__}, then {@code __getattr__} on AttributeError. */
    static final Slots.GetAttr GETATTR_HOOK = (self, name) -> {
        PyType t = self.type();
        PyObject getattr = t.lookup(GETATTR);
        PyObject getattribute = t.lookup(GETATTRIBUTE);
        PyObject r;
        try {
            if (getattribute == null || getattribute instanceof PyWrapperDescr
                    && ((PyWrapperDescr) getattribute).function == GenericAttr.GET) {
                r = GenericAttr.getAttr(self, name);
            } else {
                r = callDescr(getattribute, self, new PyObject[] {name});
            }
        } catch (PyException e) {
            if (getattr == null || !e.value.type().isSubtypeOf(ExceptionTypes.AttributeError)) {
                throw e;
            }
            r = null;
        }
        if (r == null && getattr != null) {
            r = callDescr(getattr, self, new PyObject[] {name});
        }
        return r;
    };

    static final Slots.SetAttr SETATTR = (self, name, value) -> {
        if (value == null) {
            callMethod(self, DELATTR_NAME, name);
        } else {
            callMethod(self, SETATTR_NAME, name, value);
        }
    };

    static final Slots.Call CALL = (self, args, start, nargs, kwnames) -> {
        PyObject descr = self.type().lookup(CALL_NAME);
        if (descr == null) {
            throw Errors.typeError("'" + self.type().name + "' object is not callable");
        }
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (descr instanceof PyFunction) {
            PyObject[] all = new PyObject[nargs + nkw + 1];
            all[0] = self;
            System.arraycopy(args, start, all, 1, nargs + nkw);
            return Abstract.call(descr, all, 0, nargs + 1, kwnames);
        }
        Slots.DescrGet get = descr.type().tp_descr_get;
        PyObject f = get != null ? get.get(descr, self, self.type()) : descr;
        return Abstract.call(f, args, start, nargs, kwnames);
    };

    static final Slots.Unary ITER = self -> {
        PyObject descr = self.type().lookup(ITER_NAME);
        if (descr == PyNone.NONE) {
            throw Errors.typeError("'" + self.type().name + "' object is not iterable");
        }
        if (descr != null) {
            return callDescr(descr, self, new PyObject[0]);
        }
        if (self.type().lookup(GETITEM_NAME) == null) {
            throw Errors.typeError("'" + self.type().name + "' object is not iterable");
        }
        return new PySeqIter(self);
    };

    static final Slots.Next ITERNEXT = self -> {
        try {
            return callMethod(self, NEXT_NAME);
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                return null;
            }
            throw e;
        }
    };

    static final Slots.DescrGet DESCR_GET = (descr, obj, type) -> {
        PyObject get = descr.type().lookup(GET_NAME);
        if (get == null) {
            return descr;
        }
        return callDescr(get, descr, new PyObject[] {obj == null ? PyNone.NONE : obj, type == null ? PyNone.NONE : type});
    };

    static final Slots.DescrSet DESCR_SET = (descr, obj, value) -> {
        if (value == null) {
            callMethod(descr, DELETE_NAME, obj);
        } else {
            callMethod(descr, SET_NAME, obj, value);
        }
    };

    static final Slots.Init INIT = (self, args, start, nargs, kwnames) -> {
        PyObject descr = self.type().lookup(INIT_NAME);
        int nkw = kwnames == null ? 0 : kwnames.size();
        PyObject r;
        if (descr instanceof PyFunction) {
            PyObject[] all = new PyObject[nargs + nkw + 1];
            all[0] = self;
            System.arraycopy(args, start, all, 1, nargs + nkw);
            r = Abstract.call(descr, all, 0, nargs + 1, kwnames);
        } else {
            Slots.DescrGet get = descr.type().tp_descr_get;
            PyObject f = get != null ? get.get(descr, self, self.type()) : descr;
            r = Abstract.call(f, args, start, nargs, kwnames);
        }
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + r.type().name + "'");
        }
    };

    static final Slots.New NEW = (type, args, start, nargs, kwnames) -> {
        PyObject f = Abstract.getAttr(type, NEW_NAME);
        int nkw = kwnames == null ? 0 : kwnames.size();
        PyObject[] all = new PyObject[nargs + nkw + 1];
        all[0] = type;
        System.arraycopy(args, start, all, 1, nargs + nkw);
        return Abstract.call(f, all, 0, nargs + 1, kwnames);
    };

    static final Slots.Inquiry BOOL = self -> {
        PyObject descr = self.type().lookup(BOOL_NAME);
        if (descr == null) {
            PyObject len = self.type().lookup(LEN_NAME);
            if (len == null) {
                return true;
            }
            return Abstract.isTrue(callDescr(len, self, new PyObject[0]));
        }
        PyObject r = callDescr(descr, self, new PyObject[0]);
        if (!(r instanceof PyBool)) {
            throw Errors.typeError("__bool__ should return bool, returned " + r.type().name);
        }
        return r == PyBool.TRUE;
    };

    static final Slots.Length LENGTH = self -> {
        PyObject r = callMethod(self, LEN_NAME);
        long n = Abstract.asIndexSized(r, true);
        if (n < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        return (int) n;
    };

    static final Slots.Binary GETITEM = (self, key) -> callMethod(self, GETITEM_NAME, key);

    static final Slots.AssignItem SETITEM = (self, key, value) -> {
        if (value == null) {
            callMethod(self, DELITEM_NAME, key);
        } else {
            callMethod(self, SETITEM_NAME, key, value);
        }
    };

    static final Slots.Contains CONTAINS = (self, item) -> {
        PyObject descr = self.type().lookup(CONTAINS_NAME);
        if (descr == PyNone.NONE) {
            throw Errors.typeError("'" + self.type().name + "' object is not a container");
        }
        if (descr != null) {
            return Abstract.isTrue(callDescr(descr, self, new PyObject[] {item}));
        }
        return Abstract.iterSearchContains(self, item);
    };

    private static Slots.Unary unary(String name) {
        PyStr n = PyStr.intern(name);
        return self -> callMethod(self, n);
    }

    static final Slots.Unary NEGATIVE = unary("__neg__");
    static final Slots.Unary POSITIVE = unary("__pos__");
    static final Slots.Unary ABSOLUTE = unary("__abs__");
    static final Slots.Unary INVERT = unary("__invert__");
    static final Slots.Unary INDEX = unary("__index__");
    static final Slots.Unary INT = unary("__int__");
    static final Slots.Unary FLOAT = unary("__float__");

    // ---- binary operators ----------------------------------------------------------------------

    private static final Slots.Binary[] BINARY = new Slots.Binary[26];

    static {
        for (int nb = 0; nb < 13; nb++) {
            BINARY[nb] = binaryFull(nb);
            PyStr iname = PyStr.intern("__i" + SlotDefs.binaryName(nb) + "__");
            BINARY[nb + 13] = (self, other) -> {
                PyObject r = callMaybe(self, iname, other);
                return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
            };
        }
    }

    static Slots.Binary binary(int nb) {
        return BINARY[nb];
    }

    /**
     * {@code SLOT1BINFULL}: {@code a.__op__(b)}, or {@code b.__rop__(a)} when {@code b}'s type
     * has the slot too; the reflected one first when {@code b}'s type is a subclass of
     * {@code a}'s that overrides it.
     */
    private static Slots.Binary binaryFull(int nb) {
        PyStr op = PyStr.intern("__" + SlotDefs.binaryName(nb) + "__");
        PyStr rop = PyStr.intern("__r" + SlotDefs.binaryName(nb) + "__");
        return new Slots.Binary() {
            @Override
            public PyObject apply(PyObject self, PyObject other) {
                PyType ts = self.type();
                PyType to = other.type();
                boolean doOther = ts != to && to.nb[nb] == this;
                if (ts.nb[nb] == this) {
                    if (doOther && to.isSubtypeOf(ts) && to.lookup(rop) != ts.lookup(rop)) {
                        PyObject r = callMaybe(other, rop, self);
                        if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                            return r;
                        }
                        doOther = false;
                    }
                    PyObject r = callMaybe(self, op, other);
                    if (r == null) {
                        r = PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    if (r != PyNotImplemented.NOT_IMPLEMENTED || ts == to) {
                        return r;
                    }
                }
                if (doOther) {
                    PyObject r = callMaybe(other, rop, self);
                    return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
                }
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
        };
    }
}
