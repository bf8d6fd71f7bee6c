package dev.snakebox.objects;

import dev.snakebox.objects.text.StrEncode;

/**
 * {@code memoryview.cast(format[, shape])}: CPython's {@code memoryview_cast_impl},
 * {@code cast_to_1D}, {@code copy_shape} and {@code cast_to_ND} ({@code Objects/memoryobject.c}),
 * with their checks in the same order and their messages.
 */
final class MemoryViewCast {
    private MemoryViewCast() {}

    static PyMemoryView cast(PyMemoryView self, PyObject format, PyObject shapeArg) {
        self.checkReleased();
        if (!self.cContiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ((shapeArg != null || self.ndim != 1) && zeroInShape(self)) {
            throw Errors.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        PyObject[] dims = null;
        if (shapeArg != null) {
            if (!(shapeArg instanceof PyList) && !(shapeArg instanceof PyTuple)) {
                throw Errors.typeError("shape must be a list or a tuple");
            }
            dims = shapeArg instanceof PyList ? ((PyList) shapeArg).toArray() : ((PyTuple) shapeArg).toArray();
            if (dims.length > PyMemoryView.MAX_NDIM) {
                throw Errors.valueError("memoryview: number of dimensions must not exceed " + PyMemoryView.MAX_NDIM);
            }
            if (self.ndim != 1 && dims.length != 1) {
                throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        PyMemoryView mv = self.copy(self.obj);
        castTo1D(mv, format);
        if (dims != null) {
            castToND(mv, dims);
        }
        return mv;
    }

    private static boolean zeroInShape(PyMemoryView v) {
        for (int i = 0; i < v.ndim; i++) {
            if (v.shape[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code cast_to_1D}: the new format over all the bytes, one dimension. */
    private static void castTo1D(PyMemoryView mv, PyObject format) {
        // PyUnicode_AsASCIIString, then read as a C string: it ends at the first NUL
        byte[] bytes = StrEncode.encode(((PyStr) format).value(), "ascii", "strict");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length && bytes[i] != 0; i++) {
            sb.append((char) bytes[i]);
        }
        String ascii = sb.toString();
        int itemsize = NativeFormat.itemSize(ascii);
        if (itemsize < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        char dest = NativeFormat.charOf(ascii);
        boolean sourceIsByte = NativeFormat.itemSize(mv.format) >= 0 && NativeFormat.isByteFormat(mv.fmt);
        if (!sourceIsByte && !NativeFormat.isByteFormat(dest)) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        if (mv.len % itemsize != 0) {
            throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        }
        mv.format = ascii;
        mv.fmt = dest;
        mv.itemsize = itemsize;
        mv.ndim = 1;
        mv.shape = new int[] {mv.len / itemsize};
        mv.strides = new int[] {itemsize};
        mv.initFlags();
    }

    /** {@code cast_to_ND}: a C-contiguous view of the shape, which must cover the bytes exactly. */
    private static void castToND(PyMemoryView mv, PyObject[] dims) {
        int ndim = dims.length;
        long length = mv.itemsize;
        int[] shape = new int[ndim];
        for (int i = 0; i < ndim; i++) {
            if (!(dims[i] instanceof PyInt)) {
                throw Errors.typeError("memoryview.cast(): elements of shape must be integers");
            }
            PyInt d = (PyInt) dims[i];
            if (d.big != null) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            long x = d.value;
            if (x <= 0) {
                throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            if (x > Long.MAX_VALUE / length) {
                throw Errors.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            length *= x;
            // a dimension past the buffer's length cannot match it: kept within int until the check below
            shape[i] = (int) Math.min(x, Integer.MAX_VALUE);
        }
        if (mv.len != length) {
            throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        mv.ndim = ndim;
        mv.shape = shape;
        mv.strides = new int[ndim];
        if (ndim > 0) {
            mv.strides[ndim - 1] = mv.itemsize;
            for (int i = ndim - 2; i >= 0; i--) {
                mv.strides[i] = mv.strides[i + 1] * shape[i + 1];
            }
        }
        mv.initFlags();
    }
}
