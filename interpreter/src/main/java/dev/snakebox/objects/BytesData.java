package dev.snakebox.objects;

import dev.snakebox.objects.text.StrEncode;
import java.io.ByteArrayOutputStream;

/**
 * Getting bytes out of objects: the buffer protocol of bytes, bytearray and memoryview
 * ({@code PyObject_GetBuffer}), and the conversions the constructors share
 * ({@code PyBytes_FromObject}, {@code _PyBytes_FromList}, {@code _PyBytes_FromIterator},
 * bytearray's {@code _getbytevalue}).
 */
final class BytesData {
    private BytesData() {}

    /** The bytes of a bytes-like object (the array itself for bytes: not to be changed), or null. */
    static byte[] of(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).raw();
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).toByteArray();
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).simpleBytes(); // PyBUF_SIMPLE: C-contiguous views only
        }
        return null;
    }

    /**
     * The bytes of a bytes-like object for a consumer that words its own TypeError when
     * {@code PyObject_GetBuffer(PyBUF_SIMPLE)} fails: null for a released or non-C-contiguous
     * memoryview as for any other object that is not bytes-like.
     */
    static byte[] ofOrNull(PyObject o) {
        if (o instanceof PyMemoryView) {
            PyMemoryView v = (PyMemoryView) o;
            return v.released || !v.cContiguous() ? null : v.bytes();
        }
        return of(o);
    }

    /** The bytes of a bytes-like argument, or "a bytes-like object is required, not 'T'". */
    static byte[] require(PyObject o) {
        byte[] b = of(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
        }
        return b;
    }

    /** A byte value from an int-like object ({@code _getbytevalue}): "byte must be in range(0, 256)". */
    static int byteValue(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) i.value;
    }

    /** {@code str.encode} for the constructors' (string, encoding, errors) form. */
    static byte[] encode(PyObject s, PyObject encoding, PyObject errors) {
        String enc = encoding == null ? null : textArg(encoding, "encoding");
        String err = errors == null ? null : textArg(errors, "errors");
        return StrEncode.encode(((PyStr) s).value(), enc, err);
    }

    private static String textArg(PyObject o, String name) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("bytes() argument '" + name + "' must be str, not " + o.type().name);
        }
        return ((PyStr) o).value();
    }

    /**
     * {@code PyBytes_FromObject} (bytes) and the iterable part of {@code bytearray.__init__}: a
     * buffer's bytes, or the items of an iterable each an int in range(256).
     * {@code bytearray} words the errors for a bytearray.
     */
    static byte[] fromObject(PyObject x, boolean bytearray) {
        // PyBUF_FULL_RO: any view, its items copied in C order
        byte[] b = x instanceof PyMemoryView ? ((PyMemoryView) x).bytes() : of(x);
        if (b != null) {
            // a bytes object's own array is shared only by another immutable bytes object
            return bytearray && x instanceof PyBytes ? b.clone() : b;
        }
        if (x instanceof PyList || x instanceof PyTuple) {
            PyObject[] items = x instanceof PyList ? ((PyList) x).toArray() : ((PyTuple) x).toArray();
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = (byte) item(items[i], bytearray);
            }
            return out;
        }
        if (!bytearray && x instanceof PyStr) {
            throw Errors.typeError("cannot convert 'str' object to bytes");
        }
        PyType t = x.type();
        if (t.tp_iter == null && t.mp_subscript == null) {
            throw Errors.typeError("cannot convert '" + t.name + "' object to " + (bytearray ? "bytearray" : "bytes"));
        }
        PyObject it = Abstract.getIter(x);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject v;
        while ((v = Abstract.next(it)) != null) {
            out.write(item(v, bytearray));
        }
        return out.toByteArray();
    }

    private static int item(PyObject v, boolean bytearray) {
        if (bytearray) {
            return byteValue(v);
        }
        PyInt i = Abstract.index(v);
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw Errors.valueError("bytes must be in range(0, 256)");
        }
        return (int) i.value;
    }
}
