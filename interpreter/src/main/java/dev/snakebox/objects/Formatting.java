package dev.snakebox.objects;

/**
 * The {@code __format__} of the built-in types with an empty format spec ({@code format(x)},
 * {@code f"{x}"}). The format-spec mini-language itself ({@code Python/formatter_unicode.c}) is
 * a library of its own (package {@code objects.format}); until it is wired in, a non-empty spec
 * raises NotImplementedError rather than print something CPython would not.
 */
final class Formatting {
    private Formatting() {}

    /** The spec argument of {@code __format__}: must be a str. */
    static String spec(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("format() argument 2 must be str, not " + o.type().name);
        }
        return ((PyStr) o).value;
    }

    private static PyException unsupported(String spec) {
        return Errors.notImplemented("format specification '" + spec + "' is not supported yet");
    }

    static PyStr formatInt(PyInt i, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(i);
        }
        throw unsupported(spec);
    }

    static PyStr formatFloat(PyFloat f, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(f);
        }
        throw unsupported(spec);
    }

    static PyStr formatStr(PyStr s, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(s);
        }
        throw unsupported(spec);
    }
}
