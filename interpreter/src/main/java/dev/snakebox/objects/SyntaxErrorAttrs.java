package dev.snakebox.objects;

/**
 * SyntaxError's attributes ({@code msg}, {@code filename}, {@code lineno}, {@code offset},
 * {@code text}, {@code end_lineno}, {@code end_offset}, {@code print_file_and_line}), set from
 * its arguments {@code (msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}, and
 * its {@code str()}; CPython's {@code SyntaxError_init}, {@code SyntaxError_members} and
 * {@code SyntaxError_str} ({@code Objects/exceptions.c}).
 */
final class SyntaxErrorAttrs {
    private SyntaxErrorAttrs() {}

    static final String[] NAMES = {
        "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line",
    };

    private static PyObject[] fields(PyBaseException e) {
        if (e.syntaxFields == null) {
            e.syntaxFields = new PyObject[NAMES.length];
        }
        return e.syntaxFields;
    }

    /** {@code SyntaxError_init}: the attributes from the arguments. */
    static void init(PyBaseException e) {
        PyObject[] f = fields(e);
        java.util.Arrays.fill(f, null);
        PyTuple args = e.args;
        if (args.size() >= 1) {
            f[0] = args.get(0);
        }
        if (args.size() == 2) {
            PyObject[] info = Abstract.toArray(args.get(1));
            if (info.length < 4) {
                throw Errors.typeError("function takes at least 4 arguments (" + info.length + " given)");
            }
            if (info.length > 6) {
                throw Errors.typeError("function takes at most 6 arguments (" + info.length + " given)");
            }
            System.arraycopy(info, 0, f, 1, info.length);
        }
    }

    /** The member descriptors, each None until set. */
    static void define(PyType t) {
        for (int i = 0; i < NAMES.length; i++) {
            int k = i;
            t.member(NAMES[i], self -> {
                PyObject v = fields((PyBaseException) self)[k];
                return v == null ? PyNone.NONE : v;
            }, (self, v) -> fields((PyBaseException) self)[k] = v);
        }
    }

    /** The attribute {@code name} of a SyntaxError, null when unset or None. */
    public static PyObject get(PyBaseException e, int index) {
        PyObject v = e.syntaxFields == null ? null : e.syntaxFields[index];
        return v == PyNone.NONE ? null : v;
    }

    /** {@code SyntaxError_str}: the message, then the file's base name and the line when known. */
    static PyObject str(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        PyObject msg = get(e, 0);
        PyObject file = get(e, 1);
        PyObject line = get(e, 2);
        String f = null;
        if (file instanceof PyStr) {
            f = ((PyStr) file).value();
            f = f.substring(f.lastIndexOf('/') + 1);
        }
        boolean hasLine = line != null && line.type() == PyInt.TYPE;
        String m = Abstract.str(msg == null ? PyNone.NONE : msg).value();
        if (f != null && hasLine) {
            return PyStr.of(m + " (" + f + ", line " + line.repr() + ")");
        }
        if (f != null) {
            return PyStr.of(m + " (" + f + ")");
        }
        if (hasLine) {
            return PyStr.of(m + " (line " + line.repr() + ")");
        }
        return PyStr.of(m);
    }
}
