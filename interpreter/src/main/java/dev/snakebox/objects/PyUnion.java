package dev.snakebox.objects;

import java.util.ArrayList;

/**
 * {@code int | str}: CPython's {@code types.UnionType} ({@code Objects/unionobject.c}): the
 * flattened, deduplicated arguments of {@code |} between classes, None and generic aliases;
 * {@code isinstance}/{@code issubclass} treat it as the tuple of its arguments.
 */
public final class PyUnion extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.UnionType", PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of(((PyUnion) self).reprText());
                t.tp_richcompare = (a, b, op) -> {
                    if (!(b instanceof PyUnion) || (op != Abstract.EQ && op != Abstract.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    boolean eq = Abstract.richCompareBool(((PyUnion) a).argSet(), ((PyUnion) b).argSet(), Abstract.EQ);
                    return PyBool.of(eq == (op == Abstract.EQ));
                };
                t.tp_hash = self -> Abstract.hash(((PyUnion) self).argSet());
                t.nb[dev.snakebox.bytecode.BinaryOps.NB_OR] = PyUnion::or;
            },
            t -> {
                t.getter("__args__", self -> ((PyUnion) self).args);
                t.getter("__parameters__", self -> PyTuple.of());
            });

    /** The arguments, None stored as {@code NoneType} as CPython does. */
    public final PyTuple args;

    private PyUnion(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** May {@code o} stand on either side of a union's {@code |}? */
    static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
    }

    /** {@code _Py_union_type_or}: the {@code nb_or} of type, NoneType, GenericAlias and UnionType. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        ArrayList<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyUnion(PyTuple.wrap(items.toArray(new PyObject[0])));
    }

    private static void add(ArrayList<PyObject> items, PyObject o) {
        if (o instanceof PyUnion) {
            PyTuple t = ((PyUnion) o).args;
            for (int i = 0; i < t.size(); i++) {
                add(items, t.get(i));
            }
            return;
        }
        if (o == PyNone.NONE) {
            o = PyNone.TYPE;
        }
        for (PyObject x : items) {
            if (x == o || (x instanceof PyGenericAlias && o instanceof PyGenericAlias
                    && Abstract.richCompareBool(x, o, Abstract.EQ))) {
                return;
            }
        }
        items.add(o);
    }

    private PyObject argSet() {
        return PySet.fromIterable(PyFrozenSet.TYPE, args);
    }

    private String reprText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            PyObject o = args.get(i);
            if (o == PyNone.TYPE) {
                sb.append("None");
            } else if (o instanceof PyType) {
                PyType t = (PyType) o;
                sb.append(t.module().equals("builtins") ? t.qualname : t.module() + "." + t.qualname);
            } else {
                sb.append(Abstract.repr(o).value());
            }
        }
        return sb.toString();
    }
}
