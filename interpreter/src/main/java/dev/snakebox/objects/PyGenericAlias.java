package dev.snakebox.objects;

/**
 * {@code list[int]}: a class subscripted in an annotation; CPython's {@code types.GenericAlias}
 * ({@code Objects/genericaliasobject.c}), reduced to what programs see: its repr, its origin and
 * arguments, and calling it makes an instance of the origin.
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of(((PyGenericAlias) self).reprText());
                t.tp_call = (self, args, start, nargs, kw) -> Abstract.call(((PyGenericAlias) self).origin, args, start, nargs, kw);
                t.tp_richcompare = (a, b, op) -> {
                    if ((op == Abstract.EQ || op == Abstract.NE) && b instanceof PyGenericAlias) {
                        PyGenericAlias x = (PyGenericAlias) a;
                        PyGenericAlias y = (PyGenericAlias) b;
                        boolean eq = x.origin == y.origin && Abstract.richCompareBool(x.args, y.args, Abstract.EQ);
                        return PyBool.of(eq == (op == Abstract.EQ));
                    }
                    return PyNotImplemented.NOT_IMPLEMENTED;
                };
                t.tp_hash = self -> Abstract.hash(((PyGenericAlias) self).origin) ^ Abstract.hash(((PyGenericAlias) self).args);
                t.mp_subscript = (self, key) -> new PyGenericAlias(((PyGenericAlias) self).origin, key);
                t.nb[dev.snakebox.bytecode.BinaryOps.NB_OR] = PyUnion::or;
            },
            t -> {
                t.getter("__origin__", self -> ((PyGenericAlias) self).origin);
                t.getter("__args__", self -> ((PyGenericAlias) self).args);
                t.method("__instancecheck__(obj, /)", (self, a) -> {
                    throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
                });
                t.method("__subclasscheck__(cls, /)", (self, a) -> {
                    throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
                });
            });

    final PyObject origin;
    final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple ? (PyTuple) args : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static String argRepr(PyObject o) {
        if (o == PyNone.NONE) {
            return "None";
        }
        if (o instanceof PyType) {
            PyType t = (PyType) o;
            return t.module().equals("builtins") ? t.qualname : t.module() + "." + t.qualname;
        }
        return Abstract.repr(o).value();
    }

    private String reprText() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(argRepr(args.get(i)));
        }
        return sb.append(']').toString();
    }
}
