package dev.snakebox.objects;

/**
 * The root of every Python value; CPython's {@code PyObject} ({@code Include/object.h}).
 * Behaviour is looked up on the {@link PyType}; the virtual methods here are the built-in types'
 * own implementations that the type slots default to.
 */
public abstract class PyObject {
    public abstract PyType type();

    /** {@code repr(self)} for built-in types; user classes go through their type's slot. */
    public String repr() {
        return "<" + type().name + " object at 0x" + Identity.hex(this) + ">";
    }

    /** {@code str(self)}; defaults to {@link #repr()} as {@code object.__str__} does. */
    public String str() {
        return repr();
    }

    /**
     * The instance's {@code __dict__} (CPython's {@code _PyObject_GetDictPtr}), or null when
     * instances of its type have none.
     */
    public PyDict instanceDict() {
        return null;
    }

    /** {@code bool(self)}: true unless the type says otherwise. */
    public boolean isTrue() {
        return true;
    }
}
