package dev.snakebox.modules;

import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.Signature;

/**
 * Building a module written in Java: its namespace as CPython's {@code PyModule_Create} makes it
 * ({@code __name__}, {@code __doc__}, {@code __package__}, {@code __loader__}, {@code __spec__}),
 * then functions declared by signature and plain values.
 */
public final class NativeModule {
    private NativeModule() {}

    /** A new built-in module named {@code name}; {@code doc} may be null. */
    public static PyModule create(String name, String doc) {
        PyDict d = new PyDict();
        d.putStr(PyStr.intern("__name__"), PyStr.of(name));
        d.putStr(PyStr.intern("__doc__"), doc == null ? PyNone.NONE : PyStr.of(doc));
        d.putStr(PyStr.intern("__package__"), PyStr.EMPTY);
        d.putStr(PyStr.intern("__loader__"), PyNone.NONE);
        d.putStr(PyStr.intern("__spec__"), PyNone.NONE);
        PyModule m = new PyModule(name, d);
        m.origin = PyModule.BUILT_IN;
        return m;
    }

    /** Adds a function declared as {@code "name(params)"} (the {@code Signature} syntax). */
    public static void fn(PyModule m, String signature, PyBuiltinFunction.Body body) {
        // CPython names a module's function "module.name()" in its argument errors
        PyBuiltinFunction f = new PyBuiltinFunction(Signature.parse(signature).owner(m.name), body);
        f.module = m.name;
        put(m, f.name, f);
    }

    public static void put(PyModule m, String name, PyObject value) {
        m.dict.putStr(PyStr.intern(name), value);
    }
}
