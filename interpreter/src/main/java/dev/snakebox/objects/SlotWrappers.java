package dev.snakebox.objects;

/**
 * How a wrapper descriptor ({@code int.__add__}) calls the slot function it wraps with Python
 * arguments; CPython's {@code wrap_*} functions ({@code Objects/typeobject.c}) and
 * {@code wrapperdescr_call} / {@code check_num_args} ({@code Objects/descrobject.c}).
 */
final class SlotWrappers {
    private SlotWrappers() {}

    static PyObject call(SlotDefs.Def d, Object f, PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        switch (d.kind) {
            case CALL:
                return ((Slots.Call) f).call(self, args, start, nargs, kwnames);
            case INIT:
                ((Slots.Init) f).init(self, args, start, nargs, kwnames);
                return PyNone.NONE;
            default:
                break;
        }
        if (nkw > 0) {
            throw Errors.typeError("wrapper " + d.name + "() takes no keyword arguments");
        }
        switch (d.kind) {
            case UNARY:
                check(nargs, 0);
                return ((Slots.Unary) f).apply(self);
            case NEXT: {
                check(nargs, 0);
                PyObject r = ((Slots.Next) f).next(self);
                if (r == null) {
                    throw Errors.stopIteration();
                }
                return r;
            }
            case BINARY_L:
            case INPLACE:
                check(nargs, 1);
                return ((Slots.Binary) f).apply(self, args[start]);
            case BINARY_R:
                check(nargs, 1);
                return ((Slots.Binary) f).apply(args[start], self);
            case INDEXARG:
                check(nargs, 1);
                return ((Slots.Binary) f).apply(self, PyInt.of(Abstract.asIndexSized(args[start], true)));
            case HASH:
                check(nargs, 0);
                return PyInt.of(((Slots.Hash) f).hash(self));
            case LEN:
                check(nargs, 0);
                return PyInt.of(((Slots.Length) f).length(self));
            case BOOL:
                check(nargs, 0);
                return PyBool.of(((Slots.Inquiry) f).test(self));
            case RICHCMP:
                check(nargs, 1);
                return ((Slots.RichCompare) f).compare(self, args[start], d.op);
            case GETATTR: {
                check(nargs, 1);
                PyStr name = Abstract.attrName(args[start]);
                PyObject r = ((Slots.GetAttr) f).get(self, name);
                if (r == null) {
                    throw Errors.noAttribute(self, name.value());
                }
                return r;
            }
            case SETATTR:
                check(nargs, 2);
                hackcheck(self, f, "__setattr__");
                ((Slots.SetAttr) f).set(self, Abstract.attrName(args[start]), args[start + 1]);
                return PyNone.NONE;
            case DELATTR:
                check(nargs, 1);
                hackcheck(self, f, "__delattr__");
                ((Slots.SetAttr) f).set(self, Abstract.attrName(args[start]), null);
                return PyNone.NONE;
            case DESCR_GET: {
                if (nargs < 1 || nargs > 2) {
                    throw Errors.typeError("expected 1 or 2 arguments, got " + nargs);
                }
                PyObject obj = args[start] == PyNone.NONE ? null : args[start];
                PyObject type = nargs > 1 && args[start + 1] != PyNone.NONE ? args[start + 1] : null;
                if (obj == null && type == null) {
                    throw Errors.typeError("__get__(None, None) is invalid");
                }
                return ((Slots.DescrGet) f).get(self, obj, type);
            }
            case DESCR_SET:
                check(nargs, 2);
                ((Slots.DescrSet) f).set(self, args[start], args[start + 1]);
                return PyNone.NONE;
            case DESCR_DELETE:
                check(nargs, 1);
                ((Slots.DescrSet) f).set(self, args[start], null);
                return PyNone.NONE;
            case CONTAINS:
                check(nargs, 1);
                return PyBool.of(((Slots.Contains) f).contains(self, args[start]));
            case GETITEM:
                check(nargs, 1);
                return ((Slots.Binary) f).apply(self, args[start]);
            case SETITEM:
                check(nargs, 2);
                ((Slots.AssignItem) f).assign(self, args[start], args[start + 1]);
                return PyNone.NONE;
            case DELITEM:
                check(nargs, 1);
                ((Slots.AssignItem) f).assign(self, args[start], null);
                return PyNone.NONE;
            default:
                throw Errors.systemError("bad wrapper kind " + d.kind);
        }
    }

    /** {@code check_num_args}. */
    private static void check(int nargs, int n) {
        if (nargs != n) {
            throw Errors.typeError("expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + nargs);
        }
    }

    /**
     * {@code hackcheck}: {@code object.__setattr__(int, ...)} may not jump over the setattro of a
     * built-in type between the object's type and the wrapper's (type's own, here).
     */
    private static void hackcheck(PyObject self, Object func, String what) {
        PyType type = self.type();
        PyType[] mro = type.mro();
        PyType defining = type;
        for (int i = mro.length - 1; i >= 0; i--) {
            if (mro[i].tp_setattro != HeapSlots.SETATTR && mro[i].tp_setattro == type.tp_setattro) {
                defining = mro[i];
                break;
            }
        }
        for (PyType b = defining; b != null; b = b.base) {
            if (b.tp_setattro == func) {
                return;
            }
            if (b.tp_setattro != HeapSlots.SETATTR) {
                throw Errors.typeError("can't apply this " + what + " to " + type.name + " object");
            }
        }
    }
}
