package dev.snakebox.objects;

/** The slots and methods of {@code tuple}; CPython's {@code PyTuple_Type} ({@code Objects/tupleobject.c}). */
final class TupleType {
    private TupleType() {}

    static PyTuple t(PyObject o) {
        return (PyTuple) o;
    }

    static String repr(PyTuple t) {
        if (t.items.length == 1) {
            if (!ThreadState.reprEnter(t)) {
                return "(...)";
            }
            try {
                return "(" + Abstract.repr(t.items[0]).value() + ",)";
            } finally {
                ThreadState.reprLeave(t);
            }
        }
        return Sequences.repr(t, t.items, t.items.length, "(", ")");
    }

    static void fill(PyType type) {
        type.tp_repr = self -> PyStr.of(repr(t(self)));
        type.tp_hash = self -> {
            PyObject[] items = t(self).items;
            long[] lanes = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                lanes[i] = Abstract.hash(items[i]);
            }
            return PyHash.ofTupleHashes(lanes);
        };
        type.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyTuple)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject[] x = t(a).items;
            PyObject[] y = t(b).items;
            return Sequences.compare(x, x.length, y, y.length, op);
        };
        type.sq_length = self -> t(self).items.length;
        type.sq_contains = (self, item) -> Sequences.indexOf(t(self).items, t(self).items.length, item, 0, Integer.MAX_VALUE) >= 0;
        type.mp_subscript = TupleType::getItem;
        type.sq_concat = (a, b) -> {
            if (!(b instanceof PyTuple)) {
                throw Errors.typeError("can only concatenate tuple (not \"" + b.type().name + "\") to tuple");
            }
            PyObject[] x = t(a).items;
            PyObject[] y = t(b).items;
            if (y.length == 0 && a.getClass() == PyTuple.class) {
                return a;
            }
            if (x.length == 0 && b.getClass() == PyTuple.class) {
                return b;
            }
            PyObject[] r = new PyObject[x.length + y.length];
            System.arraycopy(x, 0, r, 0, x.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return PyTuple.wrap(r);
        };
        type.sq_repeat = (a, n) -> {
            PyObject[] x = t(a).items;
            long times = ((PyInt) n).value;
            if (times == 1 && a.getClass() == PyTuple.class) {
                return a;
            }
            if (times <= 0 || x.length == 0) {
                return PyTuple.EMPTY;
            }
            if (times > PyList.MAX_SIZE / x.length) {
                throw Errors.memoryError();
            }
            PyObject[] r = new PyObject[(int) (x.length * times)];
            for (int i = 0; i < times; i++) {
                System.arraycopy(x, 0, r, i * x.length, x.length);
            }
            return PyTuple.wrap(r);
        };
        type.tp_iter = self -> new PyArrayIter(PyArrayIter.TUPLE_ITER, t(self).items, t(self).items.length, self);
        type.tp_new = (sub, args, start, nargs, kwnames) -> {
            if (kwnames != null && kwnames.size() > 0) {
                throw Errors.typeError("tuple() takes no keyword arguments");
            }
            if (nargs > 1) {
                throw Errors.typeError("tuple expected at most 1 argument, got " + nargs);
            }
            PyObject[] items = nargs == 0 ? new PyObject[0] : Abstract.toArray(args[start]);
            if (sub == PyTuple.TYPE) {
                if (nargs == 1 && args[start].getClass() == PyTuple.class) {
                    return args[start];
                }
                return PyTuple.wrap(items);
            }
            return new PyTupleSubclass(sub, items);
        };
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyObject[] items = t(self).items;
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(items.length);
            int n = (int) r[3];
            if (r[2] == 1 && n == items.length && self.getClass() == PyTuple.class) {
                return self;
            }
            PyObject[] out = new PyObject[Math.max(0, n)];
            for (int i = 0, j = (int) r[0]; i < n; i++, j += (int) r[2]) {
                out[i] = items[j];
            }
            return PyTuple.wrap(out);
        }
        if (key.type().nb_index == null) {
            throw Errors.typeError("tuple indices must be integers or slices, not " + key.type().name);
        }
        long i = Abstract.asIndexSized(key, false);
        if (i < 0) {
            i += items.length;
        }
        if (i < 0 || i >= items.length) {
            throw Errors.indexError("tuple index out of range");
        }
        return items[(int) i];
    }

    static void define(PyType type) {
        type.method("index(value, start=0, stop=9223372036854775807, /)", (self, a) -> {
            PyObject[] items = t(self).items;
            int s = Sequences.clampIndex(a[1], items.length, 0);
            int e = Sequences.clampIndex(a[2], items.length, items.length);
            int i = Sequences.indexOf(items, items.length, a[0], s, e);
            if (i < 0) {
                throw Errors.valueError("tuple.index(x): x not in tuple");
            }
            return PyInt.of(i);
        });
        type.method("count(value, /)", (self, a) -> PyInt.of(Sequences.count(t(self).items, t(self).items.length, a[0])));
        type.method("__getnewargs__()", (self, a) -> PyTuple.of(PyTuple.wrap(t(self).toArray())));
        type.classMethod("__class_getitem__(item, /)", (cls, a) -> new PyGenericAlias(cls, a[0]));
    }
}
