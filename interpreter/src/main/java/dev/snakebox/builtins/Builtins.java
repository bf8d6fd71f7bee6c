package dev.snakebox.builtins;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.AsciiEscape;
import dev.snakebox.objects.BadArgument;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.Identity;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyCallIter;
import dev.snakebox.objects.PyClassMethod;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyEnumerate;
import dev.snakebox.objects.PyFilter;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyMap;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyNotImplemented;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyProperty;
import dev.snakebox.objects.PyRange;
import dev.snakebox.objects.PyReversed;
import dev.snakebox.objects.PySet;
import dev.snakebox.objects.PySlice;
import dev.snakebox.objects.PyStaticMethod;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PySuper;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.parser.EllipsisObject;

/**
 * The {@code builtins} module; CPython's {@code Python/bltinmodule.c}. A table of functions,
 * each declared with its signature (so argument errors are CPython's), and the built-in types
 * and exception classes by name.
 */
public final class Builtins {
    private Builtins() {}

    /** A fresh builtins namespace (each run gets its own, so a program cannot spoil the next). */
    public static PyDict namespace() {
        PyDict ns = new PyDict();
        put(ns, "__name__", PyStr.of("builtins"));
        put(ns, "__doc__", PyNone.NONE);
        // the import system's attributes: None here, as every module's (differences/module-spec.md)
        put(ns, "__package__", PyStr.EMPTY);
        put(ns, "__loader__", PyNone.NONE);
        put(ns, "__spec__", PyNone.NONE);
        put(ns, "__build_class__", new PyBuiltinFunction("__build_class__", BuildClass::call));
        fn(ns, "__import__(name, globals=None, locals=None, fromlist=None, level=0)",
                (self, a) -> dev.snakebox.modules.ImportOps.builtinImport(a));
        put(ns, "__debug__", PyBool.TRUE);
        CodeExecution.install(ns);
        fn(ns, "abs(x, /)", (self, a) -> Abstract.absolute(a[0]));
        fn(ns, "aiter(async_iterable, /)", (self, a) -> dev.snakebox.objects.PyANextAwaitable.aiter(a[0]));
        fn(ns, "anext(aiterator, default=?, /)", (self, a) -> dev.snakebox.objects.PyANextAwaitable.anext(a[0], a[1]));
        fn(ns, "all(iterable, /)", (self, a) -> {
            PyObject it = Abstract.getIter(a[0]);
            PyObject x;
            while ((x = Abstract.next(it)) != null) {
                if (!Abstract.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        fn(ns, "any(iterable, /)", (self, a) -> {
            PyObject it = Abstract.getIter(a[0]);
            PyObject x;
            while ((x = Abstract.next(it)) != null) {
                if (Abstract.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        fn(ns, "ascii(obj, /)", (self, a) -> PyStr.of(AsciiEscape.escape(Abstract.repr(a[0]).value())));
        fn(ns, "bin(number, /)", (self, a) -> PyStr.of(Text.radix(Abstract.index(a[0]), 2, "0b")));
        fn(ns, "callable(obj, /)", (self, a) -> PyBool.of(a[0].type().tp_call != null));
        // sys.breakpointhook would start pdb; there is no debugger here, so breakpoint() does nothing
        fn(ns, "breakpoint(*args, **kws)", (self, a) -> PyNone.NONE);
        fn(ns, "chr(i, /)", (self, a) -> {
            PyInt i = Abstract.index(a[0]);
            if (i.big != null || i.value < 0 || i.value > 0x10FFFF) {
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.of(new String(Character.toChars((int) i.value)));
        });
        fn(ns, "delattr(obj, name, /)", (self, a) -> {
            Abstract.setAttr(a[0], Abstract.attrName(a[1]), null);
            return PyNone.NONE;
        });
        fn(ns, "dir(object=?, /)", (self, a) -> Introspection.dir(a[0]));
        fn(ns, "divmod(x, y, /)", (self, a) -> Numeric.divmod(a[0], a[1]));
        fn(ns, "format(value, format_spec='', /)", (self, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("format() argument 2 must be str, not " + BadArgument.given(a[1]));
            }
            return Abstract.format(a[0], (PyStr) a[1]);
        });
        fn(ns, "getattr(object, name, default=?, /)", (self, a) -> {
            PyStr name = Abstract.attrName(a[1]);
            if (a[2] == null) {
                return Abstract.getAttr(a[0], name);
            }
            PyObject v = Abstract.lookupAttr(a[0], name);
            return v == null ? a[2] : v;
        });
        fn(ns, "globals()", (self, a) -> ThreadState.current().evaluator.currentGlobals());
        fn(ns, "hasattr(obj, name, /)", (self, a) -> PyBool.of(Abstract.lookupAttr(a[0], Abstract.attrName(a[1])) != null));
        fn(ns, "hash(obj, /)", (self, a) -> PyInt.of(Abstract.hash(a[0])));
        fn(ns, "hex(number, /)", (self, a) -> PyStr.of(Text.radix(Abstract.index(a[0]), 16, "0x")));
        fn(ns, "id(obj, /)", (self, a) -> PyInt.of(Identity.of(a[0])));
        put(ns, "input", Input.create());
        fn(ns, "isinstance(obj, class_or_tuple, /)", (self, a) -> PyBool.of(Abstract.isInstance(a[0], a[1])));
        fn(ns, "issubclass(cls, class_or_tuple, /)", (self, a) -> PyBool.of(Abstract.isSubclass(a[0], a[1])));
        fn(ns, "iter(object, sentinel=?, /)", (self, a) -> {
            if (a[1] == null) {
                return Abstract.getIter(a[0]);
            }
            if (a[0].type().tp_call == null) {
                throw Errors.typeError("iter(v, w): v must be callable");
            }
            return new PyCallIter(a[0], a[1]);
        });
        fn(ns, "len(obj, /)", (self, a) -> PyInt.of(Abstract.len(a[0])));
        fn(ns, "locals()", (self, a) -> ThreadState.current().evaluator.currentLocals());
        put(ns, "max", new PyBuiltinFunction("max", (self, args, start, nargs, kw) -> MinMax.minMax(args, start, nargs, kw, false)));
        put(ns, "min", new PyBuiltinFunction("min", (self, args, start, nargs, kw) -> MinMax.minMax(args, start, nargs, kw, true)));
        fn(ns, "next(iterator, default=?, /)", (self, a) -> {
            PyObject it = a[0];
            if (it.type().tp_iternext == null) {
                throw Errors.typeError("'" + it.type().name + "' object is not an iterator");
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                if (a[1] != null) {
                    return a[1];
                }
                if (it instanceof dev.snakebox.objects.StopValue) {
                    throw ((dev.snakebox.objects.StopValue) it).stopIteration();
                }
                throw Errors.stopIteration();
            }
            return v;
        });
        fn(ns, "oct(number, /)", (self, a) -> PyStr.of(Text.radix(Abstract.index(a[0]), 8, "0o")));
        fn(ns, "ord(c, /)", (self, a) -> Text.ord(a[0]));
        fn(ns, "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)", FileOpen::open);
        fn(ns, "pow(base, exp, mod=None)", (self, a) -> Numeric.pow(a[0], a[1], a[2]));
        put(ns, "print", new PyBuiltinFunction("print", Print::call));
        fn(ns, "repr(obj, /)", (self, a) -> Abstract.repr(a[0]));
        fn(ns, "round(number, ndigits=None)", (self, a) -> Numeric.round(a[0], a[1]));
        fn(ns, "setattr(obj, name, value, /)", (self, a) -> {
            Abstract.setAttr(a[0], Abstract.attrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        put(ns, "sorted", new PyBuiltinFunction("sorted", Sorted::call));
        fn(ns, "sum(iterable, /, start=0)", (self, a) -> Numeric.sum(a[0], a[1]));
        fn(ns, "vars(object=?, /)", (self, a) -> Introspection.vars(a[0]));
        put(ns, "exit", new Quitter("exit"));
        put(ns, "quit", new Quitter("quit"));
        put(ns, "help", dev.snakebox.builtins.help.Helper.HELP);

        put(ns, "None", PyNone.NONE);
        put(ns, "Ellipsis", EllipsisObject.ELLIPSIS);
        put(ns, "NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        put(ns, "False", PyBool.FALSE);
        put(ns, "True", PyBool.TRUE);
        PyType[] types = {
            PyBool.TYPE, dev.snakebox.objects.PyByteArray.TYPE, PyBytes.TYPE, dev.snakebox.objects.PyMemoryView.TYPE, PyClassMethod.TYPE, PyComplex.TYPE, PyDict.TYPE, PyEnumerate.TYPE, PyFilter.TYPE,
            PyFloat.TYPE, PyFrozenSet.TYPE, PyProperty.TYPE, PyInt.TYPE, PyList.TYPE, PyMap.TYPE, PyType.OBJECT,
            PyRange.TYPE, PyReversed.TYPE, PySet.TYPE, PySlice.TYPE, PyStaticMethod.TYPE, PyStr.TYPE, PySuper.TYPE,
            PyTuple.TYPE, PyType.TYPE, dev.snakebox.objects.PyZip.TYPE};
        for (PyType t : types) {
            put(ns, t.name, t);
        }
        for (PyType t : ExceptionTypes.all()) {
            put(ns, t.name, t);
        }
        put(ns, "EnvironmentError", ExceptionTypes.OSError);
        put(ns, "IOError", ExceptionTypes.OSError);
        return ns;
    }

    /** The builtins module object for a namespace made by {@link #namespace}. */
    public static PyModule module(PyDict ns) {
        return new PyModule("builtins", ns);
    }

    private static void put(PyDict ns, String name, PyObject v) {
        ns.putStr(PyStr.intern(name), v);
    }

    private static void fn(PyDict ns, String signature, PyBuiltinFunction.Body body) {
        PyBuiltinFunction.define(ns, signature, body);
    }
}
