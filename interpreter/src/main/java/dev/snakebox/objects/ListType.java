package dev.snakebox.objects;

/** The slots and methods of {@code list}; CPython's {@code PyList_Type} ({@code Objects/listobject.c}). */
final class ListType {
    private ListType() {}

    static PyList l(PyObject o) {
        return (PyList) o;
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(self.repr());
        t.tp_hash = ObjectType.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyList)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyList x = l(a);
            PyList y = l(b);
            if ((op == Abstract.EQ || op == Abstract.NE) && x.size != y.size) {
                return PyBool.of(op == Abstract.NE);
            }
            return Sequences.compare(x.items, x.size, y.items, y.size, op);
        };
        t.sq_length = self -> l(self).size;
        t.sq_contains = (self, item) -> Sequences.indexOf(l(self).items, l(self).size, item, 0, Integer.MAX_VALUE) >= 0;
        t.mp_subscript = ListType::getItem;
        t.mp_ass_subscript = ListType::setItem;
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyList)) {
                throw Errors.typeError("can only concatenate list (not \"" + b.type().name + "\") to list");
            }
            PyList x = l(a);
            PyList y = l(b);
            PyObject[] r = new PyObject[x.size + y.size];
            System.arraycopy(x.items, 0, r, 0, x.size);
            System.arraycopy(y.items, 0, r, x.size, y.size);
            return PyList.wrap(r);
        };
        t.sq_inplace_concat = (a, b) -> {
            l(a).extend(b == a ? l(a).toArray() : Abstract.toArray(b));
            return a;
        };
        t.sq_repeat = (a, n) -> PyList.wrap(repeat(l(a), ((PyInt) n).value));
        t.sq_inplace_repeat = (a, n) -> {
            PyObject[] r = repeat(l(a), ((PyInt) n).value);
            l(a).items = r;
            l(a).size = r.length;
            return a;
        };
        t.tp_iter = self -> new PyListIter(l(self), false);
        t.tp_new = (type, args, start, nargs, kw) -> new PyList(type);
        t.tp_init = (self, args, start, nargs, kwnames) -> {
            if (kwnames != null && kwnames.size() > 0) {
                throw Errors.typeError("list() takes no keyword arguments");
            }
            if (nargs > 1) {
                throw Errors.typeError("list expected at most 1 argument, got " + nargs);
            }
            PyList list = l(self);
            list.clear();
            if (nargs == 1) {
                list.extend(Abstract.toArray(args[start]));
            }
        };
    }

    private static PyObject[] repeat(PyList x, long times) {
        if (times <= 0 || x.size == 0) {
            return new PyObject[0];
        }
        if (times > PyList.MAX_SIZE / x.size) {
            throw Errors.memoryError();
        }
        PyObject[] r = new PyObject[(int) (x.size * times)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(x.items, 0, r, i * x.size, x.size);
        }
        return r;
    }

    /** An int index into the list, negative from the end; IndexError with {@code what} when out of range. */
    private static int index(PyList list, PyObject key, String what) {
        long i = Abstract.asIndexSized(key, false);
        if (i < 0) {
            i += list.size;
        }
        if (i < 0 || i >= list.size) {
            throw Errors.indexError(what);
        }
        return (int) i;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyList list = l(self);
        if (key instanceof PyInt) {
            PyInt k = (PyInt) key;
            if (k.big == null) {
                long i = k.value < 0 ? k.value + list.size : k.value;
                if (i >= 0 && i < list.size) {
                    return list.items[(int) i];
                }
                throw Errors.indexError("list index out of range");
            }
        }
        if (key instanceof PySlice) {
            long[] r = ((PySlice) key).indices(list.size);
            int n = (int) r[3];
            PyObject[] out = new PyObject[Math.max(0, n)];
            if (r[2] == 1) {
                System.arraycopy(list.items, (int) r[0], out, 0, out.length);
            } else {
                for (int i = 0, j = (int) r[0]; i < n; i++, j += (int) r[2]) {
                    out[i] = list.items[j];
                }
            }
            return PyList.wrap(out);
        }
        if (key.type().nb_index == null) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
        }
        return list.items[index(list, key, "list index out of range")];
    }

    private static void setItem(PyObject self, PyObject key, PyObject value) {
        PyList list = l(self);
        if (key instanceof PySlice) {
            setSlice(list, (PySlice) key, value);
            return;
        }
        if (key.type().nb_index == null) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
        }
        if (value == null) {
            list.remove(index(list, key, "list assignment index out of range"));
        } else {
            list.items[index(list, key, "list assignment index out of range")] = value;
        }
    }

    private static void setSlice(PyList list, PySlice slice, PyObject value) {
        long[] r = slice.indices(list.size);
        int start = (int) r[0];
        int step = (int) r[2];
        int n = (int) r[3];
        if (value == null) {
            if (step == 1) {
                if (n > 0) {
                    System.arraycopy(list.items, start + n, list.items, start, list.size - start - n);
                    for (int i = list.size - n; i < list.size; i++) {
                        list.items[i] = null;
                    }
                    list.size -= n;
                }
                return;
            }
            boolean[] drop = new boolean[list.size];
            for (int i = 0, j = start; i < n; i++, j += step) {
                drop[j] = true;
            }
            int k = 0;
            for (int i = 0; i < list.size; i++) {
                if (!drop[i]) {
                    list.items[k++] = list.items[i];
                }
            }
            for (int i = k; i < list.size; i++) {
                list.items[i] = null;
            }
            list.size = k;
            return;
        }
        PyObject[] vs = value == list ? list.toArray() : Abstract.toArray(value, "must assign iterable to extended slice");
        if (step == 1) {
            int stop = Math.max(start, (int) r[1]);
            int removed = stop - start;
            int newSize = list.size - removed + vs.length;
            PyObject[] a = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(list.items, 0, a, 0, start);
            System.arraycopy(vs, 0, a, start, vs.length);
            System.arraycopy(list.items, stop, a, start + vs.length, list.size - stop);
            list.items = a;
            list.size = newSize;
            return;
        }
        if (vs.length != n) {
            throw Errors.valueError("attempt to assign sequence of size " + vs.length + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            list.items[j] = vs[i];
        }
    }

    static void define(PyType t) {
        t.method("append(object, /)", (self, a) -> {
            l(self).append(a[0]);
            return PyNone.NONE;
        });
        t.method("extend(iterable, /)", (self, a) -> {
            l(self).extend(a[0] == self ? l(self).toArray() : Abstract.toArray(a[0]));
            return PyNone.NONE;
        });
        t.method("insert(index, object, /)", (self, a) -> {
            PyList list = l(self);
            long i = Abstract.asIndexSized(a[0], true);
            if (i < 0) {
                i = Math.max(0, i + list.size);
            }
            list.insert((int) Math.min(i, list.size), a[1]);
            return PyNone.NONE;
        });
        t.method("pop(index=-1, /)", (self, a) -> {
            PyList list = l(self);
            if (list.size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            return list.remove(index(list, a[0], "pop index out of range"));
        });
        t.method("remove(value, /)", (self, a) -> {
            PyList list = l(self);
            int i = Sequences.indexOf(list.items, list.size, a[0], 0, Integer.MAX_VALUE);
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            list.remove(i);
            return PyNone.NONE;
        });
        t.method("index(value, start=0, stop=9223372036854775807, /)", (self, a) -> {
            PyList list = l(self);
            int s = Sequences.clampIndex(a[1], list.size, 0);
            int e = Sequences.clampIndex(a[2], list.size, list.size);
            int i = Sequences.indexOf(list.items, list.size, a[0], s, e);
            if (i < 0) {
                throw Errors.valueError(Abstract.repr(a[0]).value() + " is not in list");
            }
            return PyInt.of(i);
        });
        t.method("count(value, /)", (self, a) -> PyInt.of(Sequences.count(l(self).items, l(self).size, a[0])));
        t.method("clear()", (self, a) -> {
            l(self).clear();
            return PyNone.NONE;
        });
        t.method("copy()", (self, a) -> PyList.wrap(l(self).toArray()));
        t.method("reverse()", (self, a) -> {
            PyList list = l(self);
            for (int i = 0, j = list.size - 1; i < j; i++, j--) {
                PyObject x = list.items[i];
                list.items[i] = list.items[j];
                list.items[j] = x;
            }
            return PyNone.NONE;
        });
        t.method("sort(*, key=None, reverse=False)", (self, a) -> {
            ListSort.sort(l(self), a[0], Abstract.isTrue(a[1]));
            return PyNone.NONE;
        });
        t.method("__reversed__()", (self, a) -> new PyListIter(l(self), true));
        t.method("__sizeof__()", (self, a) -> PyInt.of(40 + 8L * l(self).items.length));
        t.classMethod("__class_getitem__(item, /)", (cls, a) -> new PyGenericAlias(cls, a[0]));
    }
}
