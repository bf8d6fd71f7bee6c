package dev.snakebox.objects;

/** The slots of {@code bool}; CPython's {@code PyBool_Type} ({@code Objects/boolobject.c}). */
final class BoolType {
    private BoolType() {}

    private static final Signature NEW_SIG = Signature.parse("bool(x=?, /)");

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(self.repr());
        t.tp_new = (type, args, start, nargs, kwnames) -> {
            if (kwnames != null && kwnames.size() > 0) {
                throw Errors.typeError("bool() takes no keyword arguments");
            }
            PyObject[] a = NEW_SIG.bind(args, start, nargs, null);
            return PyBool.of(a[0] != null && Abstract.isTrue(a[0]));
        };
    }
}
