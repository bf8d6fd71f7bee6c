package dev.snakebox.objects;

/**
 * A cell holding a variable shared by a function and the functions nested in it; CPython's
 * {@code PyCellObject} ({@code Objects/cellobject.c}). {@link #ref} is null while the variable is
 * unbound.
 */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, 0,
            t -> t.tp_repr = self -> PyStr.of(self.repr()),
            t -> t.getSet("cell_contents", self -> {
                PyObject v = ((PyCell) self).ref;
                if (v == null) {
                    throw Errors.valueError("Cell is empty");
                }
                return v;
            }, (self, v) -> ((PyCell) self).ref = v));

    public PyObject ref;

    public PyCell(PyObject ref) {
        this.ref = ref;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (ref == null) {
            return "<cell at 0x" + Identity.hex(this) + ": empty>";
        }
        return "<cell at 0x" + Identity.hex(this) + ": " + ref.type().name + " object at 0x" + Identity.hex(ref) + ">";
    }
}
