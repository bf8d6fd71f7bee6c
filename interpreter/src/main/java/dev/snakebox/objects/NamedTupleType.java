package dev.snakebox.objects;

/**
 * Built-in classes shaped like {@code collections.namedtuple} results, for the modules written in
 * Java ({@code dis.Instruction}, {@code dis.Positions}): a tuple subclass whose fields are also
 * attributes, with the namedtuple {@code repr}, {@code _fields}, {@code _asdict()},
 * {@code _replace()} and a constructor taking the fields by position or name
 * ({@code Lib/collections/__init__.py}, {@code namedtuple}).
 */
public final class NamedTupleType {
    private NamedTupleType() {}

    /**
     * A class {@code module.name} with these fields; {@code defaults} gives the values of the
     * last fields when the constructor omits them (may be shorter than {@code fields}), and
     * {@code extra} defines more attributes (properties) on it.
     */
    public static PyType create(String module, String name, String[] fields, PyObject[] defaults, PyType.Definer extra) {
        StringBuilder sig = new StringBuilder(name).append('(');
        for (int i = 0; i < fields.length; i++) {
            sig.append(i > 0 ? ", " : "").append(fields[i]).append(i >= fields.length - defaults.length ? "=?" : "");
        }
        Signature signature = Signature.parse(sig.append(')').toString());
        PyType t = PyType.builtin(module + "." + name, PyTuple.TYPE, PyType.BASETYPE, s -> {
            s.tp_new = (type, args, start, nargs, kwnames) -> {
                PyObject[] items = signature.bind(args, start, nargs, kwnames);
                for (int i = 0; i < items.length; i++) {
                    if (items[i] == null) {
                        items[i] = defaults[i - (fields.length - defaults.length)];
                    }
                }
                return new PyTupleSubclass(type, items);
            };
            s.tp_repr = self -> {
                PyTuple tuple = (PyTuple) self;
                StringBuilder b = new StringBuilder(typeName(self.type())).append('(');
                for (int i = 0; i < fields.length && i < tuple.size(); i++) {
                    b.append(i > 0 ? ", " : "").append(fields[i]).append('=').append(Abstract.repr(tuple.get(i)).value());
                }
                return PyStr.of(b.append(')').toString());
            };
        }, d -> {
            PyObject[] names = new PyObject[fields.length];
            for (int i = 0; i < fields.length; i++) {
                int k = i;
                names[i] = PyStr.intern(fields[i]);
                d.getter(fields[i], self -> ((PyTuple) self).get(k));
            }
            d.define("_fields", PyTuple.wrap(names));
            d.define("__match_args__", PyTuple.wrap(names.clone()));
            d.method("_asdict()", (self, a) -> {
                PyDict out = new PyDict();
                for (int i = 0; i < fields.length; i++) {
                    out.putStr(PyStr.intern(fields[i]), ((PyTuple) self).get(i));
                }
                return out;
            });
            d.method("_replace(**kwds)", (self, a) -> {
                PyObject[] items = ((PyTuple) self).toArray();
                PyDict changes = (PyDict) a[0];
                for (int i = 0; i < fields.length; i++) {
                    PyStr key = PyStr.intern(fields[i]);
                    PyObject v = changes.getStr(key);
                    if (v != null) {
                        items[i] = v;
                        changes.removeStr(key);
                    }
                }
                if (changes.size() > 0) {
                    throw Errors.typeError("Got unexpected field names: " + Abstract.repr(PyList.wrap(changes.keysArray())).value());
                }
                return new PyTupleSubclass(self.type(), items);
            });
            if (extra != null) {
                extra.define(d);
            }
        });
        t.qualname = name;
        return t;
    }

    /** A new instance of {@code type} (made by {@link #create}) holding {@code items}. */
    public static PyTuple make(PyType type, PyObject... items) {
        return new PyTupleSubclass(type, items);
    }

    private static String typeName(PyType t) {
        return t.isHeapType() ? t.name : t.name.substring(t.name.lastIndexOf('.') + 1);
    }
}
