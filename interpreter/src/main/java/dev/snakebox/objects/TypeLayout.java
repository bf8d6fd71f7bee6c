package dev.snakebox.objects;

/**
 * The C layout numbers a type reports: {@code __basicsize__}, {@code __itemsize__},
 * {@code __dictoffset__} and {@code __weakrefoffset__}, as 64-bit CPython 3.13 gives them
 * ({@code tp_basicsize}, {@code tp_itemsize}, {@code tp_dictoffset}, {@code tp_weaklistoffset}).
 * Snakebox's objects have no such layout; the numbers are reported for programs that print or
 * compare them. A built-in type's come from a table (the sizes of CPython's structs on a 64-bit
 * machine, checked against the 32-bit oracle's); a class's are computed as {@code type_new} does
 * ({@code type_new_descriptors} in {@code Objects/typeobject.c}): its base's size plus a word per
 * {@code __slots__} member, the instance dict and weak-reference list kept before the object
 * ("managed": offsets -1 and -32).
 */
final class TypeLayout {
    /** {@code tp_dictoffset} of a managed dict ({@code Py_TPFLAGS_MANAGED_DICT}). */
    static final long MANAGED_DICT = -1;
    /** {@code MANAGED_WEAKREF_OFFSET}: four words before the object. */
    static final long MANAGED_WEAKREF = -4 * 8;
    private static final int WORD = 8;

    final long basicSize;
    final long itemSize;
    final long dictOffset;
    final long weakrefOffset;

    TypeLayout(long basicSize, long itemSize, long dictOffset, long weakrefOffset) {
        this.basicSize = basicSize;
        this.itemSize = itemSize;
        this.dictOffset = dictOffset;
        this.weakrefOffset = weakrefOffset;
    }

    /**
     * name, basicsize, itemsize, dictoffset, weakrefoffset of the built-in types whose layout
     * differs from their base's. A built-in type not listed has its base's layout (right for the
     * exceptions that add no field; for others an approximation).
     */
    private static final Object[][] BUILTIN = {
        {"object", 16, 0, 0, 0},
        {"int", 24, 4, 0, 0},
        {"bool", 24, 4, 0, 0},
        {"float", 24, 0, 0, 0},
        {"complex", 32, 0, 0, 0},
        {"str", 64, 0, 0, 0},
        {"bytes", 33, 1, 0, 0},
        {"bytearray", 56, 0, 0, 0},
        {"list", 40, 0, 0, 0},
        {"tuple", 24, 8, 0, 0},
        {"dict", 48, 0, 0, 0},
        {"set", 200, 0, 0, 192},
        {"frozenset", 200, 0, 0, 192},
        {"type", 928, 40, 264, 368},
        {"range", 48, 0, 0, 0},
        {"slice", 40, 0, 0, 0},
        {"memoryview", 144, 8, 0, 136},
        {"enumerate", 56, 0, 0, 0},
        {"zip", 48, 0, 0, 0},
        {"map", 32, 0, 0, 0},
        {"filter", 32, 0, 0, 0},
        {"reversed", 32, 0, 0, 0},
        {"super", 40, 0, 0, 0},
        {"property", 64, 0, 0, 0},
        {"staticmethod", 32, 0, 24, 0},
        {"classmethod", 32, 0, 24, 0},
        {"function", 144, 0, 88, 96},
        {"module", 56, 0, 16, 40},
        {"method", 48, 0, 0, 32},
        {"builtin_function_or_method", 56, 0, 0, 40},
        {"method_descriptor", 56, 0, 0, 0},
        {"wrapper_descriptor", 56, 0, 0, 0},
        {"method-wrapper", 32, 0, 0, 0},
        {"generator", 144, 8, 0, 16},
        {"coroutine", 144, 8, 0, 16},
        {"async_generator", 144, 8, 0, 16},
        {"cell", 24, 0, 0, 0},
        {"mappingproxy", 24, 0, 0, 0},
        {"types.SimpleNamespace", 24, 0, 16, 0},
        {"traceback", 48, 0, 0, 0},
        {"list_iterator", 32, 0, 0, 0},
        {"list_reverseiterator", 32, 0, 0, 0},
        {"tuple_iterator", 32, 0, 0, 0},
        {"str_ascii_iterator", 32, 0, 0, 0},
        {"str_iterator", 32, 0, 0, 0},
        {"range_iterator", 40, 0, 0, 0},
        {"dict_keyiterator", 56, 0, 0, 0},
        {"dict_valueiterator", 56, 0, 0, 0},
        {"dict_itemiterator", 56, 0, 0, 0},
        {"BaseException", 72, 0, 16, 0},
        {"StopIteration", 80, 0, 16, 0},
        {"SystemExit", 80, 0, 16, 0},
        {"NameError", 80, 0, 16, 0},
        {"AttributeError", 88, 0, 16, 0},
        {"BaseExceptionGroup", 88, 0, 16, 0},
        {"ImportError", 104, 0, 16, 0},
        {"OSError", 112, 0, 16, 0},
        {"SyntaxError", 136, 0, 16, 0},
        {"UnicodeDecodeError", 112, 0, 16, 0},
        {"UnicodeEncodeError", 112, 0, 16, 0},
        {"UnicodeTranslateError", 112, 0, 16, 0},
    };

    private static final TypeLayout OBJECT = new TypeLayout(16, 0, 0, 0);

    /** The layout of {@code t}: a class's, set when it was made, else the table's (cached on the type). */
    static TypeLayout of(PyType t) {
        if (t.layout != null) {
            return t.layout;
        }
        TypeLayout found;
        if (t.isHeapType()) {
            // a class made other than by type_new (the interpreter's own): no slots, its flags say the rest
            TypeLayout base = t.base == null ? OBJECT : of(t.base);
            boolean addDict = (t.flags & PyType.HAS_DICT) != 0 && base.dictOffset == 0;
            found = forClass(base, 0, addDict, base.weakrefOffset == 0 && base.itemSize == 0);
        } else {
            found = builtin(t.name);
            if (found == null) {
                found = t.base == null ? OBJECT : of(t.base);
            }
        }
        t.layout = found;
        return found;
    }

    private static TypeLayout builtin(String name) {
        for (Object[] row : BUILTIN) {
            if (row[0].equals(name)) {
                return new TypeLayout((Integer) row[1], (Integer) row[2], (Integer) row[3], (Integer) row[4]);
            }
        }
        return null;
    }

    /** {@code type_new_descriptors}: a class over {@code base} with {@code slots} members of its own. */
    static TypeLayout forClass(TypeLayout base, int slots, boolean addDict, boolean addWeakref) {
        return new TypeLayout(base.basicSize + (long) WORD * slots, base.itemSize,
                addDict ? MANAGED_DICT : base.dictOffset, addWeakref ? MANAGED_WEAKREF : base.weakrefOffset);
    }

    /** {@code may_add_weak}: whether a class over {@code base} can add a weak-reference list. */
    static boolean mayAddWeakref(PyType base) {
        TypeLayout b = of(base);
        return b.weakrefOffset == 0 && b.itemSize == 0;
    }

    /** The four attributes on {@code type}. */
    static void define(PyType t) {
        t.member("__basicsize__", self -> PyInt.of(of((PyType) self).basicSize));
        t.member("__itemsize__", self -> PyInt.of(of((PyType) self).itemSize));
        t.member("__dictoffset__", self -> PyInt.of(of((PyType) self).dictOffset));
        t.member("__weakrefoffset__", self -> PyInt.of(of((PyType) self).weakrefOffset));
    }
}
