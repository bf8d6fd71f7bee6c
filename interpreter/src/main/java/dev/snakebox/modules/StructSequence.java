package dev.snakebox.modules;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;

/**
 * A named tuple of the runtime ({@code sys.version_info}, {@code sys.flags},
 * {@code sys.float_info}...); CPython's {@code Objects/structseq.c}: a tuple whose items are also
 * attributes, shown as {@code sys.version_info(major=3, minor=13, ...)}.
 */
public final class StructSequence extends PyTuple {
    private final PyType type;

    private StructSequence(PyType type, PyObject[] items) {
        super(items);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * A new struct sequence type: {@code name} is dotted as CPython's {@code tp_name}
     * ({@code "sys.version_info"}), {@code fields} name the items in order.
     */
    public static PyType newType(String name, String... fields) {
        PyType t = PyType.builtin(name, PyTuple.TYPE, 0,
                ty -> {
                    ty.tp_repr = self -> PyStr.of(repr((StructSequence) self, name, fields));
                    // the runtime makes the instances; Python code cannot (structseq's tp_new is not exposed for these)
                    ty.tp_new = (type, args, start, nargs, kw) -> {
                        throw Errors.typeError("cannot create '" + name + "' instances");
                    };
                },
                ty -> {
                    for (int i = 0; i < fields.length; i++) {
                        int index = i;
                        ty.getter(fields[i], self -> ((PyTuple) self).get(index));
                    }
                    ty.define("n_sequence_fields", dev.snakebox.objects.PyInt.of(fields.length));
                    ty.define("n_fields", dev.snakebox.objects.PyInt.of(fields.length));
                    ty.define("n_unnamed_fields", dev.snakebox.objects.PyInt.of(0));
                });
        t.qualname = name.substring(name.lastIndexOf('.') + 1);
        return t;
    }

    /** An instance of a type made by {@link #newType}. */
    public static StructSequence of(PyType type, PyObject... items) {
        return new StructSequence(type, items.clone());
    }

    private static String repr(StructSequence s, String name, String[] fields) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields[i]).append('=').append(Abstract.repr(s.get(i)).value());
        }
        return sb.append(')').toString();
    }
}
