package dev.snakebox.parser;

import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyType;

/**
 * {@code Ellipsis} ({@code ...}), the value of the constant the parser makes of {@code ...};
 * CPython's {@code _Py_EllipsisObject} ({@code Objects/sliceobject.c}). It lives with the parser
 * until the runtime's objects package has its own, which should then replace it.
 */
public final class EllipsisObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> dev.snakebox.objects.PyStr.of("Ellipsis");
        t.tp_new = (type, args, start, nargs, kw) -> {
            // ellipsis_new: the one instance, CPython's text naming the type EllipsisType
            if (nargs > 0 || kw != null && kw.size() > 0) {
                throw dev.snakebox.objects.Errors.typeError("EllipsisType takes no arguments");
            }
            return EllipsisObject.ELLIPSIS;
        };
    }, t -> t.method("__reduce__()", (self, a) -> dev.snakebox.objects.PyStr.of("Ellipsis")));
    public static final EllipsisObject ELLIPSIS = new EllipsisObject();

    private EllipsisObject() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "Ellipsis";
    }
}
