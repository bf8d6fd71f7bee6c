package dev.snakebox.objects;

/**
 * An exception instance; CPython's {@code PyBaseExceptionObject} ({@code Objects/exceptions.c}):
 * its class (any subclass of BaseException), {@code args}, the traceback, the chaining fields
 * ({@code __cause__}, {@code __context__}, {@code __suppress_context__}), {@code __notes__} (in
 * its dict, as CPython keeps them) and the attributes particular built-in exceptions have
 * ({@code name} and {@code obj} of NameError and AttributeError, {@code value} of StopIteration,
 * {@code code} of SystemExit). The Java carrier thrown up the Java stack is {@link PyException}.
 */
public class PyBaseException extends PyObject {
    private PyType type;
    public PyTuple args;
    /** The traceback, outermost frame first; null when there is none. */
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    private PyDict dict;
    /** The {@code name} attribute of NameError, AttributeError and ImportError; null when not set. */
    public String name;
    /** The {@code obj} attribute of AttributeError; null when not set. */
    public PyObject obj;
    /** StopIteration's {@code value}, SystemExit's {@code code}, KeyError and OSError extras. */
    PyObject value;
    /** SyntaxError's attributes, in {@link SyntaxErrorAttrs#NAMES} order; null for other exceptions. */
    PyObject[] syntaxFields;
    /** OSError's attributes, in {@link OsErrorAttrs} order; null for other exceptions. */
    PyObject[] osFields;
    /** ImportError's {@code msg}, {@code path} and {@code name_from}; null for other exceptions. */
    PyObject[] importFields;
    /** The Unicode errors' encoding, object, start, end and reason; null for other exceptions. */
    PyObject[] unicodeFields;

    public PyBaseException(PyType type, PyObject... args) {
        this.type = type;
        this.args = PyTuple.of(args);
        ExceptionTypes.initAttributes(this);
    }

    /** An instance of {@code type} with {@code args}, as {@code type(*args)} would make it for a built-in type. */
    public static PyBaseException create(PyType type, PyObject... args) {
        return new PyBaseException(type, args);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    PyDict dictOrNull() {
        return dict;
    }

    /** {@code BaseException.add_note}: appends to {@code __notes__}, creating it. */
    public void addNote(String note) {
        PyDict d = instanceDict();
        PyStr key = PyStr.intern("__notes__");
        PyObject notes = d.getStr(key);
        if (notes == null) {
            notes = new PyList();
            d.putStr(key, notes);
        }
        if (!(notes instanceof PyList)) {
            throw Errors.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(PyStr.of(note));
    }

    /** {@code __notes__}, or null. */
    public PyObject notes() {
        return dict == null ? null : dict.getStr(PyStr.intern("__notes__"));
    }

    /** StopIteration's {@code value}: the first argument, or None. */
    public PyObject stopValue() {
        return value != null ? value : PyNone.NONE;
    }

    /** {@code str(exc)} for a built-in exception: empty for no args, str of the one arg, else the args tuple's repr. */
    @Override
    public String str() {
        return Abstract.str(this).value();
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }
}
