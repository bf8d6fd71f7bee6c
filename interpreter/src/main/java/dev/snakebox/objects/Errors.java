package dev.snakebox.objects;

/**
 * Raising built-in exceptions from Java: one place that builds them, so every message text
 * comes through here or through the few callers that compose CPython's wording.
 */
public final class Errors {
    private Errors() {}

    public static PyException raise(PyType type, String msg) {
        return new PyException(PyBaseException.create(type, PyStr.of(msg)));
    }

    public static PyException typeError(String msg) {
        return raise(ExceptionTypes.TypeError, msg);
    }

    public static PyException valueError(String msg) {
        return raise(ExceptionTypes.ValueError, msg);
    }

    public static PyException zeroDivision(String msg) {
        return raise(ExceptionTypes.ZeroDivisionError, msg);
    }

    public static PyException overflow(String msg) {
        return raise(ExceptionTypes.OverflowError, msg);
    }

    public static PyException indexError(String msg) {
        return raise(ExceptionTypes.IndexError, msg);
    }

    public static PyException runtimeError(String msg) {
        return raise(ExceptionTypes.RuntimeError, msg);
    }

    public static PyException recursionError(String msg) {
        return raise(ExceptionTypes.RecursionError, msg);
    }

    /** {@code KeyError(key)}: the key itself is the argument (so str() shows its repr). */
    public static PyException keyError(PyObject key) {
        return new PyException(PyBaseException.create(ExceptionTypes.KeyError, key));
    }

    public static PyException stopIteration() {
        return new PyException(PyBaseException.create(ExceptionTypes.StopIteration));
    }

    public static PyException nameError(String name) {
        PyException e = raise(ExceptionTypes.NameError, "name '" + name + "' is not defined");
        e.value.name = name;
        return e;
    }

    public static PyException unboundLocal(String name) {
        return raise(ExceptionTypes.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    /** An AttributeError with the {@code name} and {@code obj} that the traceback's suggestions use. */
    public static PyException attributeError(PyObject obj, String name, String msg) {
        PyException e = raise(ExceptionTypes.AttributeError, msg);
        e.value.name = name;
        e.value.obj = obj;
        return e;
    }

    /** "'A' object has no attribute 'x'" (or "type object 'A' has no attribute 'x'" for a class). */
    public static PyException noAttribute(PyObject obj, String name) {
        String msg = obj instanceof PyType ? "type object '" + ((PyType) obj).name + "' has no attribute '" + name + "'"
                : "'" + obj.type().name + "' object has no attribute '" + name + "'";
        return attributeError(obj, name, msg);
    }

    public static PyException unhashable(PyObject o) {
        return typeError("unhashable type: '" + o.type().name + "'");
    }

    public static PyException notImplemented(String msg) {
        return raise(ExceptionTypes.NotImplementedError, msg);
    }

    public static PyException memoryError() {
        return new PyException(PyBaseException.create(ExceptionTypes.MemoryError));
    }

    public static PyException systemError(String msg) {
        return raise(ExceptionTypes.SystemError, msg);
    }
}
