package dev.snakebox.objects;

import dev.snakebox.objects.format.FormatHost;

/**
 * The runtime's answer to the formatting library's calls back into Python objects
 * ({@link FormatHost}): CPython's {@code PyObject_Str}, {@code PyObject_Format},
 * {@code PyObject_GetAttr}, {@code PyNumber_Long}, {@code PyFloat_AsDouble} and friends, all
 * through {@link Abstract} so that user classes' dunders run. One instance serves every call.
 */
public final class RuntimeFormatHost implements FormatHost {
    public static final RuntimeFormatHost INSTANCE = new RuntimeFormatHost();

    private RuntimeFormatHost() {}

    @Override
    public String str(PyObject o) {
        return Abstract.str(o).value();
    }

    @Override
    public String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    @Override
    public String format(PyObject o, String spec) {
        return Abstract.format(o, PyStr.of(spec)).value();
    }

    @Override
    public PyObject getAttr(PyObject o, String name) {
        return Abstract.getAttr(o, PyStr.of(name));
    }

    @Override
    public PyObject getItem(PyObject o, PyObject key) {
        return Abstract.getItem(o, key);
    }

    @Override
    public PyObject getIndexedItem(PyObject o, long index) {
        return Abstract.getItem(o, PyInt.of(index));
    }

    @Override
    public PyInt index(PyObject o) {
        return Abstract.index(o);
    }

    @Override
    public PyInt toInt(PyObject o) {
        return IntType.convert(o);
    }

    /** {@code PyFloat_AsDouble}: {@code __float__}, else {@code __index__}; never a str. */
    @Override
    public double toDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return IntOps.toDouble((PyInt) o);
        }
        PyType t = o.type();
        if (t.nb_float != null) {
            PyObject r = t.nb_float.apply(o);
            if (!(r instanceof PyFloat)) {
                throw Errors.typeError(t.name + ".__float__ returned non-float (type " + r.type().name + ")");
            }
            if (r.getClass() != PyFloat.class) {
                Warnings.deprecated(t.name + ".__float__ returned non-float (type " + r.type().name + ")" + FloatType.STRICT_FLOAT);
            }
            return ((PyFloat) r).value;
        }
        if (t.nb_index != null) {
            return IntOps.toDouble(Abstract.index(o));
        }
        throw Errors.typeError("must be real number, not " + t.name);
    }

    @Override
    public boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o instanceof PyComplex;
    }

    /** {@code PyMapping_Check}; bytes is one in CPython (it has mp_subscript) whatever its type here has so far. */
    @Override
    public boolean isMapping(PyObject o) {
        return o.type().mp_subscript != null || o instanceof PyBytes;
    }

    @Override
    public byte[] bytesOf(PyObject o) {
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).bytes(); // _PyBytes_FromBuffer: any view, in C order
        }
        if (o instanceof PyByteArray) {
            return BytesData.of(o);
        }
        PyObject special = o.type().lookup(BYTES);
        if (special == null) {
            return null;
        }
        PyObject r = HeapSlots.callDescr(special, o, new PyObject[0]);
        if (!(r instanceof PyBytes)) {
            throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
        }
        return ((PyBytes) r).raw();
    }

    private static final PyStr BYTES = PyStr.intern("__bytes__");

    @Override
    public boolean isByteArray(PyObject o) {
        return o instanceof PyByteArray;
    }
}
