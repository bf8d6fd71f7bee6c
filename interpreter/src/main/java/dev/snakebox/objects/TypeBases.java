package dev.snakebox.objects;

/**
 * Assigning a class's {@code __bases__}: CPython's {@code type_set_bases},
 * {@code compatible_for_assignment} and {@code mro_hierarchy} ({@code Objects/typeobject.c}).
 * The new bases must keep the instance layout; the MRO of the class and of every subclass is
 * computed again, and all is put back when that fails.
 */
final class TypeBases {
    private TypeBases() {}

    static void set(PyType type, PyObject value) {
        if (!type.isHeapType()) {
            throw Errors.typeError("cannot set '__bases__' attribute of immutable type '" + type.name + "'");
        }
        if (value == null) {
            throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '" + type.name + "'");
        }
        if (!(value instanceof PyTuple)) {
            throw Errors.typeError("can only assign tuple to " + type.name + ".__bases__, not " + value.type().name);
        }
        PyTuple bases = (PyTuple) value;
        if (bases.size() == 0) {
            throw Errors.typeError("can only assign non-empty tuple to " + type.name + ".__bases__, not ()");
        }
        PyType[] array = new PyType[bases.size()];
        for (int i = 0; i < array.length; i++) {
            PyObject b = bases.get(i);
            if (!(b instanceof PyType)) {
                throw Errors.typeError(type.name + ".__bases__ must be tuple of classes, not '" + b.type().name + "'");
            }
            array[i] = (PyType) b;
            if (array[i].isSubtypeOf(type)) {
                throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            }
        }
        PyType newBase = TypeNew.bestBase(array);
        checkCompatible(type.base, newBase);

        PyTuple oldBases = type.bases();
        PyType oldBase = type.base;
        PyType oldSolid = type.solidBase;
        java.util.List<Object[]> saved = new java.util.ArrayList<>();
        type.bases = bases;
        type.base = newBase;
        if (type.solidBase != type) {
            type.solidBase = newBase.solidBase;
        }
        try {
            recomputeMro(type, saved);
        } catch (PyException e) {
            for (int i = saved.size() - 1; i >= 0; i--) {
                ((PyType) saved.get(i)[0]).setMro((PyType[]) saved.get(i)[1]);
            }
            type.bases = oldBases;
            type.base = oldBase;
            type.solidBase = oldSolid;
            throw e;
        }
        for (PyObject b : oldBases.toArray()) {
            java.util.List<PyType> subs = ((PyType) b).subclasses;
            if (subs != null) {
                subs.remove(type);
            }
        }
        for (PyType b : array) {
            b.addSubclass(type);
        }
        type.modified();
        fixupSlots(type);
    }

    /** {@code mro_hierarchy}: the class's MRO and its subclasses', each old one saved first. */
    private static void recomputeMro(PyType t, java.util.List<Object[]> saved) {
        saved.add(new Object[] {t, t.mro()});
        PyObject[] b = t.bases().toArray();
        PyType[] bases = new PyType[b.length];
        for (int i = 0; i < b.length; i++) {
            bases[i] = (PyType) b[i];
        }
        t.setMro(Mro.compute(t, bases));
        TypeNew.customMro(t);
        if (t.subclasses != null) {
            for (PyType s : t.subclasses.toArray(new PyType[0])) {
                recomputeMro(s, saved);
            }
        }
    }

    /** {@code update_all_slots}: every slot of the class and its subclasses from their new MROs. */
    private static void fixupSlots(PyType t) {
        if (t.isHeapType()) {
            SlotDefs.fixup(t);
        }
        if (t.subclasses != null) {
            for (PyType s : t.subclasses) {
                fixupSlots(s);
            }
        }
    }

    /** {@code compatible_for_assignment}: the same deallocation and the same instance layout. */
    private static void checkCompatible(PyType oldTo, PyType newTo) {
        if (freedByGc(oldTo) != freedByGc(newTo)) {
            throw Errors.typeError("__bases__ assignment: '" + newTo.name + "' deallocator differs from '" + oldTo.name + "'");
        }
        PyType newSolid = newTo.solidBase;
        PyType oldSolid = oldTo.solidBase;
        boolean sameBase = newSolid == oldSolid
                || newSolid.base == oldSolid.base && ObjectType.addedSlots(newSolid).equals(ObjectType.addedSlots(oldSolid));
        if (!sameBase || newTo.slotCount != oldTo.slotCount
                || (newTo.flags & PyType.HAS_DICT) != (oldTo.flags & PyType.HAS_DICT)) {
            throw Errors.typeError("__bases__ assignment: '" + newTo.name + "' object layout differs from '" + oldTo.name + "'");
        }
    }

    /**
     * Whether instances are freed by the cycle collector ({@code tp_free} is {@code PyObject_GC_Del}):
     * classes and the container types; plain {@code object} and the atomic built-ins are not.
     */
    private static boolean freedByGc(PyType t) {
        if (t.isHeapType()) {
            return true;
        }
        return !(t == PyType.OBJECT || t == PyInt.TYPE || t == PyBool.TYPE || t == PyFloat.TYPE || t == PyComplex.TYPE
                || t == PyStr.TYPE || t == PyBytes.TYPE || t == PyRange.TYPE || t == PySlice.TYPE);
    }
}
