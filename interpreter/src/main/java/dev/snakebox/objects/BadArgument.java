package dev.snakebox.objects;

/**
 * How Argument Clinic names a wrongly typed argument: CPython's {@code _PyArg_BadArgument}
 * (Python/getargs.c) says "None" for None and the type's name for anything else.
 */
public final class BadArgument {
    private BadArgument() {}

    /** The name of what was given: "None", or the type name of {@code o}. */
    public static String given(PyObject o) {
        return o == PyNone.NONE ? "None" : o.type().name;
    }
}
