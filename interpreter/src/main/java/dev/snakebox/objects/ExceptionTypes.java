package dev.snakebox.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The built-in exception classes, their hierarchy and their slots, as CPython 3.13 defines them
 * ({@code Objects/exceptions.c}: {@code BaseException_new}, {@code BaseException_init},
 * {@code BaseException_repr}, {@code BaseException_str}, {@code KeyError_str},
 * {@code StopIteration_init}, {@code SystemExit_init}, {@code NameError_init},
 * {@code AttributeError_init}, {@code OSError_str}...; the tree in the library reference,
 * "Exception hierarchy").
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    private static final List<PyType> ALL = new ArrayList<>();
    private static final int FLAGS = PyType.BASETYPE | PyType.HAS_DICT;

    private static PyType def(String name, PyType base) {
        return def(name, base, null);
    }

    private static PyType def(String name, PyType base, PyType.SlotFiller slots) {
        return def(name, base, slots, null);
    }

    private static PyType def(String name, PyType base, PyType.SlotFiller slots, PyType.Definer definer) {
        PyType t = PyType.builtin(name, base, FLAGS, slots, x -> {
            if (definer != null) {
                definer.define(x);
            }
            declareOwnSlots(x);
        });
        ALL.add(t);
        return t;
    }

    public static final PyType BaseException;

    /** The exception types CPython declares without a {@code tp_new} of their own (besides OSError's subclasses). */
    private static final String[] INHERITED_NEW = {"KeyError", "StopIteration", "SystemExit",
        "ImportError", "ModuleNotFoundError", "SyntaxError", "IndentationError", "TabError", "_IncompleteInputError",
        "NameError", "UnboundLocalError", "AttributeError", "ExceptionGroup"};

    private static boolean inheritsNew(String name) {
        for (String n : INHERITED_NEW) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every built-in exception type sets {@code tp_init} (and most {@code tp_new}) itself in
     * CPython, even to the function it would inherit, so {@code '__init__' in ValueError.__dict__}.
     */
    private static void declareOwnSlots(PyType t) {
        if (t.name.equals("ExceptionGroup")) {
            t.define("__module__", PyStr.intern("builtins"));
            t.getter("__weakref__", self -> PyNone.NONE);
            return;
        }
        SlotDefs.declareOwn(t, "__init__");
        if (!inheritsNew(t.name) && t.base.tp_new != OsErrorAttrs.NEW) {
            SlotDefs.declareOwn(t, "__new__");
        }
        if (t.name.equals("NameError") || t.name.equals("AttributeError")) {
            SlotDefs.declareOwn(t, "__str__");
        }
    }

    static {
        BaseException = PyType.builtin("BaseException", PyType.OBJECT, FLAGS, ExceptionTypes::fillBase, ExceptionTypes::defineBase);
        ALL.add(BaseException);
    }

    public static final PyType BaseExceptionGroup = def("BaseExceptionGroup", BaseException, PyExceptionGroup::fill,
            PyExceptionGroup::define);
    public static final PyType GeneratorExit = def("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = def("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = def("SystemExit", BaseException, null, t -> getValue(t, "code"));
    public static final PyType Exception = def("Exception", BaseException);
    public static final PyType ArithmeticError = def("ArithmeticError", Exception);
    public static final PyType FloatingPointError = def("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = def("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = def("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = def("AssertionError", Exception);
    public static final PyType AttributeError = def("AttributeError", Exception, t -> t.tp_init = ExceptionTypes::initNameObj, t -> {
        nameAttr(t);
        t.member("obj", self -> e(self).obj == null ? PyNone.NONE : e(self).obj, (self, v) -> e(self).obj = v);
        t.method("__getstate__()", (self, a) -> attributeErrorState(e(self)));
        t.method("__reduce__()", (self, a) -> PyTuple.of(self.type(), e(self).args, attributeErrorState(e(self))));
    });
    public static final PyType BufferError = def("BufferError", Exception);
    public static final PyType EOFError = def("EOFError", Exception);
    /** {@code class ExceptionGroup(BaseExceptionGroup, Exception)}: laid out as a BaseExceptionGroup, an Exception by its MRO. */
    public static final PyType ExceptionGroup = secondBase(def("ExceptionGroup", BaseExceptionGroup), Exception);
    public static final PyType ImportError = def("ImportError", Exception, t -> {
        t.tp_init = ImportErrorAttrs::init;
        t.tp_str = ImportErrorAttrs::str;
    }, ImportErrorAttrs::define);
    public static final PyType ModuleNotFoundError = def("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = def("LookupError", Exception);
    public static final PyType IndexError = def("IndexError", LookupError);
    public static final PyType KeyError = def("KeyError", LookupError, t -> t.tp_str = ExceptionTypes::keyErrorStr);
    public static final PyType MemoryError = def("MemoryError", Exception);
    public static final PyType NameError = def("NameError", Exception, t -> t.tp_init = ExceptionTypes::initNameObj, ExceptionTypes::nameAttr);
    public static final PyType UnboundLocalError = def("UnboundLocalError", NameError);
    public static final PyType OSError = def("OSError", Exception, t -> {
        t.tp_new = OsErrorAttrs.NEW;
        t.tp_init = OsErrorAttrs.INIT;
        t.tp_str = OsErrorAttrs::str;
    }, OsErrorAttrs::define);
    public static final PyType BlockingIOError = def("BlockingIOError", OSError);
    public static final PyType ChildProcessError = def("ChildProcessError", OSError);
    public static final PyType ConnectionError = def("ConnectionError", OSError);
    public static final PyType BrokenPipeError = def("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = def("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = def("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = def("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = def("FileExistsError", OSError);
    public static final PyType FileNotFoundError = def("FileNotFoundError", OSError);
    public static final PyType InterruptedError = def("InterruptedError", OSError);
    public static final PyType IsADirectoryError = def("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = def("NotADirectoryError", OSError);
    public static final PyType PermissionError = def("PermissionError", OSError);
    public static final PyType ProcessLookupError = def("ProcessLookupError", OSError);
    public static final PyType TimeoutError = def("TimeoutError", OSError);
    public static final PyType ReferenceError = def("ReferenceError", Exception);
    public static final PyType RuntimeError = def("RuntimeError", Exception);
    public static final PyType NotImplementedError = def("NotImplementedError", RuntimeError);
    public static final PyType PythonFinalizationError = def("PythonFinalizationError", RuntimeError);
    public static final PyType RecursionError = def("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = def("StopAsyncIteration", Exception);
    public static final PyType StopIteration = def("StopIteration", Exception, null, t -> getValue(t, "value"));
    public static final PyType SyntaxError = def("SyntaxError", Exception, t -> t.tp_str = SyntaxErrorAttrs::str,
            SyntaxErrorAttrs::define);
    public static final PyType IndentationError = def("IndentationError", SyntaxError);
    public static final PyType TabError = def("TabError", IndentationError);
    public static final PyType _IncompleteInputError = def("_IncompleteInputError", SyntaxError);
    public static final PyType SystemError = def("SystemError", Exception);
    public static final PyType TypeError = def("TypeError", Exception);
    public static final PyType ValueError = def("ValueError", Exception);
    public static final PyType UnicodeError = def("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = def("UnicodeDecodeError", UnicodeError, t -> {
        t.tp_str = UnicodeErrors::decodeStr;
        t.tp_init = UnicodeErrors::init;
    }, UnicodeErrors::define);
    public static final PyType UnicodeEncodeError = def("UnicodeEncodeError", UnicodeError, t -> {
        t.tp_str = UnicodeErrors::encodeStr;
        t.tp_init = UnicodeErrors::init;
    }, UnicodeErrors::define);
    public static final PyType UnicodeTranslateError = def("UnicodeTranslateError", UnicodeError, t -> {
        t.tp_str = UnicodeErrors::translateStr;
        t.tp_init = UnicodeErrors::init;
    }, UnicodeErrors::define);
    public static final PyType Warning = def("Warning", Exception);
    public static final PyType BytesWarning = def("BytesWarning", Warning);
    public static final PyType DeprecationWarning = def("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = def("EncodingWarning", Warning);
    public static final PyType FutureWarning = def("FutureWarning", Warning);
    public static final PyType ImportWarning = def("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = def("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = def("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = def("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = def("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = def("UnicodeWarning", Warning);
    public static final PyType UserWarning = def("UserWarning", Warning);

    /** Every built-in exception class, in definition order (bases before subclasses). */
    public static List<PyType> all() {
        return Collections.unmodifiableList(ALL);
    }

    private static PyBaseException e(PyObject o) {
        return (PyBaseException) o;
    }

    /** The per-class attributes that follow from {@code args} (StopIteration's value, SystemExit's code). */
    static void initAttributes(PyBaseException exc) {
        PyType t = exc.type();
        int n = exc.args.size();
        if (t == null) {
            return;
        }
        if (t.isSubtypeOf(StopIteration)) {
            exc.value = n > 0 ? exc.args.get(0) : PyNone.NONE;
        } else if (t.isSubtypeOf(SystemExit)) {
            exc.value = n == 0 ? PyNone.NONE : n == 1 ? exc.args.get(0) : exc.args;
        } else if (t.isSubtypeOf(SyntaxError)) {
            SyntaxErrorAttrs.init(exc);
        } else if (t.isSubtypeOf(UnicodeError) && t != UnicodeError) {
            UnicodeErrors.initFromArgs(exc);
        } else if (t.isSubtypeOf(OSError)) {
            OsErrorAttrs.parse(exc);
        } else if (t.isSubtypeOf(ImportError) && n == 1) {
            exc.importFields = new PyObject[] {exc.args.get(0), null, null};
        }
    }

    // ---- BaseException ---------------------------------------------------------------------------

    private static void fillBase(PyType t) {
        t.tp_new = (type, args, start, nargs, kwnames) -> new PyBaseException(type, PyTuple.of(args, start, nargs).toArray());
        t.tp_init = (self, args, start, nargs, kwnames) -> {
            if (kwnames != null && kwnames.size() > 0) {
                throw Errors.typeError(self.type().name + "() takes no keyword arguments");
            }
            e(self).args = PyTuple.of(args, start, nargs);
            initAttributes(e(self));
        };
        t.tp_repr = self -> {
            PyTuple a = e(self).args;
            String name = self.type().name;
            if (a.size() == 1) {
                return PyStr.of(name + "(" + Abstract.repr(a.get(0)).value() + ")");
            }
            return PyStr.of(name + Abstract.repr(a).value());
        };
        t.tp_str = self -> {
            PyTuple a = e(self).args;
            if (a.size() == 0) {
                return PyStr.EMPTY;
            }
            if (a.size() == 1) {
                return Abstract.str(a.get(0));
            }
            return Abstract.str(a);
        };
    }

    private static void defineBase(PyType t) {
        t.getSet("args", self -> e(self).args, (self, v) -> {
            if (v == null) {
                throw Errors.typeError("args may not be deleted");
            }
            e(self).args = PyTuple.wrap(Abstract.toArray(v));
        });
        t.getSet("__traceback__", self -> e(self).traceback == null ? PyNone.NONE : e(self).traceback, (self, v) -> {
            if (v == null) {
                throw Errors.typeError("__traceback__ may not be deleted");
            }
            if (v == PyNone.NONE) {
                e(self).traceback = null;
            } else if (v instanceof PyTraceback) {
                e(self).traceback = (PyTraceback) v;
            } else {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
        });
        t.getSet("__cause__", self -> e(self).cause == null ? PyNone.NONE : e(self).cause, (self, v) -> {
            if (v == null) {
                throw Errors.typeError("__cause__ may not be deleted");
            }
            if (v == PyNone.NONE) {
                e(self).cause = null;
            } else if (v instanceof PyBaseException) {
                e(self).cause = (PyBaseException) v;
            } else {
                throw Errors.typeError("exception cause must be None or derive from BaseException");
            }
            e(self).suppressContext = true;
        });
        t.getSet("__context__", self -> e(self).context == null ? PyNone.NONE : e(self).context, (self, v) -> {
            if (v == null) {
                throw Errors.typeError("__context__ may not be deleted");
            }
            if (v == PyNone.NONE) {
                e(self).context = null;
            } else if (v instanceof PyBaseException) {
                e(self).context = (PyBaseException) v;
            } else {
                throw Errors.typeError("exception context must be None or derive from BaseException");
            }
        });
        t.member("__suppress_context__", self -> PyBool.of(e(self).suppressContext),
                (self, v) -> {
                    // a T_BOOL member (PyMember_SetOne)
                    if (v == null) {
                        throw Errors.typeError("can't delete numeric/char attribute");
                    }
                    if (!(v instanceof PyBool)) {
                        throw Errors.typeError("attribute value type must be bool");
                    }
                    e(self).suppressContext = v == PyBool.TRUE;
                });
        t.getSet("__dict__", self -> self.instanceDict(), (self, v) -> {
            if (!(v instanceof PyDict)) {
                throw Errors.typeError("__dict__ must be a dictionary, not a " + (v == null ? "NoneType" : v.type().name));
            }
            e(self).instanceDict().clear();
            e(self).instanceDict().putAll((PyDict) v);
        });
        t.method("with_traceback(tb, /)", (self, a) -> {
            if (a[0] == PyNone.NONE) {
                e(self).traceback = null;
            } else if (a[0] instanceof PyTraceback) {
                e(self).traceback = (PyTraceback) a[0];
            } else {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            return self;
        });
        t.method("add_note(note, /)", (self, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '" + a[0].type().name + "'");
            }
            e(self).addNote(((PyStr) a[0]).value());
            return PyNone.NONE;
        });
        t.method("__reduce__()", (self, a) -> {
            PyDict d = e(self).dictOrNull();
            return d != null && d.size() > 0 ? PyTuple.of(self.type(), e(self).args, d) : PyTuple.of(self.type(), e(self).args);
        });
        t.method("__setstate__(state, /)", (self, a) -> {
            if (a[0] != PyNone.NONE) {
                if (!(a[0] instanceof PyDict)) {
                    throw Errors.typeError("state is not a dictionary");
                }
                PyDict state = (PyDict) a[0];
                PyObject[] keys = state.keysArray();
                PyObject[] values = state.valuesArray();
                for (int i = 0; i < keys.length; i++) {
                    if (!(keys[i] instanceof PyStr)) {
                        throw Errors.typeError("attribute name must be string, not '" + keys[i].type().name + "'");
                    }
                    Abstract.setAttr(self, (PyStr) keys[i], values[i]);
                }
            }
            return PyNone.NONE;
        });
        SlotDefs.declareOwn(t, "__getattribute__");
    }

    /** {@code AttributeError_getstate}: the dict with {@code name} and {@code args} (not {@code obj}). */
    private static PyDict attributeErrorState(PyBaseException exc) {
        PyDict state = new PyDict();
        if (exc.dictOrNull() != null) {
            state.putAll(exc.dictOrNull());
        }
        if (exc.name != null) {
            state.putStr(PyStr.intern("name"), PyStr.of(exc.name));
        }
        state.putStr(PyStr.intern("args"), exc.args);
        return state;
    }

    private static void getValue(PyType t, String name) {
        t.member(name, self -> e(self).value == null ? PyNone.NONE : e(self).value, (self, v) -> e(self).value = v);
    }

    private static void nameAttr(PyType t) {
        t.member("name", self -> e(self).name == null ? PyNone.NONE : PyStr.of(e(self).name), (self, v) -> {
            e(self).name = v instanceof PyStr ? ((PyStr) v).value() : null;
        });
    }

    private static final Signature NAME_OBJ = Signature.parse("NameError(*args, name=None, obj=None)");

    /** {@code NameError_init} / {@code AttributeError_init}: the keyword-only {@code name} (and {@code obj}). */
    private static void initNameObj(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject[] a = NAME_OBJ.bind(args, start, nargs, kwnames);
        PyBaseException exc = e(self);
        exc.args = (PyTuple) a[0];
        if (a[1] != PyNone.NONE) {
            exc.name = a[1] instanceof PyStr ? ((PyStr) a[1]).value() : null;
        }
        if (a[2] != PyNone.NONE && self.type().isSubtypeOf(AttributeError)) {
            exc.obj = a[2];
        }
    }

    private static PyObject keyErrorStr(PyObject self) {
        PyTuple a = e(self).args;
        if (a.size() == 1) {
            return Abstract.repr(a.get(0));
        }
        return BaseException.tp_str.apply(self);
    }

    /** A built-in type with a second base: {@code __bases__} is (base, second) and the MRO as C3 makes it for this case. */
    public static PyType secondBase(PyType t, PyType second) {
        // Both bases have single-base chains; their MROs are walked without readying them (static init).
        PyType first = t.base;
        List<PyType> secondChain = new ArrayList<>();
        for (PyType x = second; x != null; x = x.base) {
            secondChain.add(x);
        }
        List<PyType> mro = new ArrayList<>();
        mro.add(t);
        for (PyType x = first; x != null && !secondChain.contains(x); x = x.base) {
            mro.add(x);
        }
        mro.addAll(secondChain);
        t.bases = PyTuple.of(first, second);
        t.setMro(mro.toArray(new PyType[0]));
        second.addSubclass(t);
        return t;
    }
}
