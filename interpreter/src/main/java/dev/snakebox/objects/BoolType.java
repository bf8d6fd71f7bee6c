package dev.snakebox.objects;

/** The slots of {@code bool}; CPython's {@code PyBool_Type} ({@code Objects/boolobject.c}). */
final class BoolType {
    private BoolType() {}

    /** {@code bool_invert}'s DeprecationWarning (3.16 will make {@code ~True} a TypeError). */
    static final String INVERT_DEPRECATED = "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns"
            + " the bitwise inversion"
            + " of the underlying int object and is usually not what you expect from negating a bool. Use the 'not'"
            + " operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.";

    private static final Signature NEW_SIG = Signature.parse("bool(x=?, /)");

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(self.repr());
        t.nb_invert = self -> {
            PyBool.warnInvert();
            return IntOps.invert((PyInt) self);
        };
        // bool_and, bool_or, bool_xor: CPython's bool sets them (so bool.__dict__ has __and__,
        // __rand__...); int's own handle two bools already, so they delegate
        for (int op : new int[] {dev.snakebox.bytecode.BinaryOps.NB_AND, dev.snakebox.bytecode.BinaryOps.NB_OR, dev.snakebox.bytecode.BinaryOps.NB_XOR}) {
            Slots.Binary ofInt = t.base.nb[op];
            t.nb[op] = (a, b) -> ofInt.apply(a, b);
        }
        t.tp_new = (type, args, start, nargs, kwnames) -> {
            if (kwnames != null && kwnames.size() > 0) {
                throw Errors.typeError("bool() takes no keyword arguments");
            }
            PyObject[] a = NEW_SIG.bind(args, start, nargs, null);
            return PyBool.of(a[0] != null && Abstract.isTrue(a[0]));
        };
    }
}
