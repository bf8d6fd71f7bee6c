package dev.snakebox.objects;

/**
 * {@code object.__reduce__}, {@code object.__reduce_ex__} and {@code object.__getstate__}: how
 * pickle and copy see an object that does not describe itself; CPython's
 * {@code Objects/typeobject.c} ({@code object___reduce_ex___impl}, {@code _common_reduce},
 * {@code reduce_newobj}, {@code object_getstate}, {@code object_getstate_default},
 * {@code _PyObject_GetNewArguments}, {@code _PyObject_GetItemsIter}, {@code _PyType_GetSlotNames}).
 * Protocols 0 and 1 go to {@code copyreg._reduce_ex}; from 2 on the reduction is
 * {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)}.
 */
final class ObjectReduce {
    private ObjectReduce() {}

    private static final PyStr REDUCE = PyStr.intern("__reduce__");
    private static final PyStr GETSTATE_NAME = PyStr.intern("__getstate__");
    private static final PyStr GETNEWARGS = PyStr.intern("__getnewargs__");
    private static final PyStr GETNEWARGS_EX = PyStr.intern("__getnewargs_ex__");
    private static final PyStr SLOTNAMES = PyStr.intern("__slotnames__");
    private static final PyStr IMPORT = PyStr.intern("__import__");

    /** {@code object.__getstate__}'s body: compared by identity to tell it from an override ({@link #state}). */
    static final PyBuiltinFunction.Body GETSTATE = (self, a) -> defaultState(self, false);

    static void define(PyType t) {
        t.method("__reduce__()", (self, a) -> commonReduce(self, 0));
        t.method("__reduce_ex__(protocol, /)", (self, a) -> reduceEx(self, Abstract.asCInt(a[0])));
        t.method("__getstate__()", GETSTATE);
    }

    /** {@code object___reduce_ex___impl}: the class's own {@code __reduce__} if it has one, else the common reduction. */
    private static PyObject reduceEx(PyObject self, int protocol) {
        PyObject reduce = Abstract.lookupAttr(self, REDUCE);
        if (reduce != null) {
            PyObject classReduce = Abstract.getAttr(self.type(), REDUCE);
            if (classReduce != PyType.OBJECT.dict().getStr(REDUCE)) {
                return Abstract.call(reduce);
            }
        }
        return commonReduce(self, protocol);
    }

    /** {@code _common_reduce}. */
    private static PyObject commonReduce(PyObject self, int protocol) {
        if (protocol >= 2) {
            return reduceNewObj(self);
        }
        return Abstract.call(Abstract.getAttr(copyreg(), "_reduce_ex"), self, PyInt.of(protocol));
    }

    /** {@code reduce_newobj}. */
    private static PyObject reduceNewObj(PyObject obj) {
        PyType type = obj.type();
        if (type.tp_new == null) {
            throw cannotPickle(type);
        }
        PyObject[] newArgs = newArguments(obj);
        PyObject args = newArgs[0];
        PyObject kwargs = newArgs[1];
        PyObject copyreg = copyreg();
        PyObject newobj;
        PyTuple newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newobj = Abstract.getAttr(copyreg, "__newobj__");
            int n = args == null ? 0 : ((PyTuple) args).size();
            PyObject[] items = new PyObject[n + 1];
            items[0] = type;
            for (int i = 0; i < n; i++) {
                items[i + 1] = ((PyTuple) args).get(i);
            }
            newargs = PyTuple.of(items);
        } else if (args != null) {
            newobj = Abstract.getAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.of(type, args, kwargs);
        } else {
            throw Errors.systemError("bad argument to internal function");
        }
        boolean required = !(args != null || obj instanceof PyList || obj instanceof PyDict);
        PyObject state = state(obj, required);
        PyObject listItems = obj instanceof PyList ? Abstract.getIter(obj) : PyNone.NONE;
        PyObject dictItems = obj instanceof PyDict ? Abstract.getIter(Abstract.callMethod(obj, "items")) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listItems, dictItems);
    }

    /**
     * {@code _PyObject_GetNewArguments}: {@code (args, kwargs)} from {@code __getnewargs_ex__},
     * else {@code (args, null)} from {@code __getnewargs__}, else {@code (null, null)}.
     */
    private static PyObject[] newArguments(PyObject obj) {
        PyObject ex = lookupSpecial(obj, GETNEWARGS_EX);
        if (ex != null) {
            PyObject r = Abstract.call(ex);
            if (!(r instanceof PyTuple)) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple, not '" + r.type().name + "'");
            }
            PyTuple t = (PyTuple) r;
            if (t.size() != 2) {
                throw Errors.valueError("__getnewargs_ex__ should return a tuple of length 2, not " + t.size());
            }
            if (!(t.get(0) instanceof PyTuple)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + t.get(0).type().name + "'");
            }
            if (!(t.get(1) instanceof PyDict)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + t.get(1).type().name + "'");
            }
            return new PyObject[] {t.get(0), t.get(1)};
        }
        PyObject plain = lookupSpecial(obj, GETNEWARGS);
        if (plain != null) {
            PyObject r = Abstract.call(plain);
            if (!(r instanceof PyTuple)) {
                throw Errors.typeError("__getnewargs__ should return a tuple, not '" + r.type().name + "'");
            }
            return new PyObject[] {r, null};
        }
        return new PyObject[] {null, null};
    }

    /** {@code _PyObject_GetState}: what the built-in types' reductions save beside their value. */
    static PyObject getState(PyObject obj) {
        return state(obj, false);
    }

    /** {@code object_getstate}: the default state when {@code __getstate__} is object's, else what the override returns. */
    private static PyObject state(PyObject obj, boolean required) {
        PyObject getstate = Abstract.getAttr(obj, GETSTATE_NAME);
        if (getstate instanceof PyBuiltinFunction && ((PyBuiltinFunction) getstate).self == obj
                && ((PyBuiltinFunction) getstate).runs(GETSTATE)) {
            return defaultState(obj, required);
        }
        return Abstract.call(getstate);
    }

    /**
     * {@code object_getstate_default}: the instance dict (None when empty), paired with a dict of
     * the set {@code __slots__} values when there are any. When {@code required}, an object
     * holding state of a built-in type beyond what it would be given back is refused.
     */
    static PyObject defaultState(PyObject obj, boolean required) {
        PyType type = obj.type();
        if (required && hasNativeState(type)) {
            if (isVarSized(type)) {
                throw Errors.typeError("cannot pickle " + type.name + " objects");
            }
            throw cannotPickle(type);
        }
        PyDict dict = obj.instanceDict();
        PyObject state = dict == null || dict.size() == 0 ? PyNone.NONE : dict;
        PyObject slotNames = slotNames(type);
        if (slotNames instanceof PyList && ((PyList) slotNames).size() > 0) {
            PyList names = (PyList) slotNames;
            int count = names.size();
            PyDict slots = new PyDict();
            for (int i = 0; i < count; i++) {
                PyObject name = names.get(i);
                PyObject value = Abstract.lookupAttr(obj, Abstract.attrName(name));
                if (value != null) {
                    slots.put(name, value);
                }
                if (names.size() != count) {
                    throw Errors.raise(ExceptionTypes.RuntimeError, "__slotsname__ changed size during iteration");
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    /** {@code _PyType_GetSlotNames}: the class's cached {@code __slotnames__}, else {@code copyreg._slotnames(cls)}. */
    private static PyObject slotNames(PyType type) {
        PyObject cached = type.dict().getStr(SLOTNAMES);
        if (cached != null) {
            if (cached != PyNone.NONE && !(cached instanceof PyList)) {
                throw Errors.typeError(type.name + ".__slotnames__ should be a list or None, not " + cached.type().name);
            }
            return cached;
        }
        PyObject names = Abstract.call(Abstract.getAttr(copyreg(), "_slotnames"), type);
        if (names != PyNone.NONE && !(names instanceof PyList)) {
            throw Errors.typeError("copyreg._slotnames didn't return a list or None");
        }
        return names;
    }

    /**
     * Whether instances of {@code type} carry C-level state of a built-in base beyond
     * {@code object}'s (CPython compares {@code tp_basicsize}): the nearest built-in type in the
     * MRO is neither {@code object} nor one as small as it ({@code NoneType}).
     */
    private static boolean hasNativeState(PyType type) {
        PyType builtin = nearestBuiltin(type);
        return builtin != PyType.OBJECT && builtin != PyNone.NONE.type();
    }

    /** Whether the nearest built-in base has items in the object itself ({@code tp_itemsize}): code objects and type objects. */
    private static boolean isVarSized(PyType type) {
        PyType builtin = nearestBuiltin(type);
        return builtin == PyType.TYPE || builtin.name.equals("code");
    }

    private static PyType nearestBuiltin(PyType type) {
        for (PyType t : type.mro()) {
            if (!t.isHeapType()) {
                return t;
            }
        }
        return PyType.OBJECT;
    }

    static PyException cannotPickle(PyType type) {
        return Errors.typeError("cannot pickle '" + type.name + "' object");
    }

    /** {@code _PyObject_LookupSpecial}: the attribute found on the type, bound to the object; null when absent. */
    private static PyObject lookupSpecial(PyObject obj, PyStr name) {
        PyObject found = obj.type().lookup(name);
        if (found == null) {
            return null;
        }
        Slots.DescrGet get = found.type().tp_descr_get;
        return get == null ? found : get.get(found, obj, obj.type());
    }

    /** {@code _PyEval_GetBuiltin}: the running frame's built-in {@code name}. */
    static PyObject builtin(String name) {
        PyDict builtins = ThreadState.current().evaluator.currentBuiltins();
        PyObject found = builtins == null ? null : builtins.getStr(PyStr.intern(name));
        if (found == null) {
            throw Errors.raise(ExceptionTypes.AttributeError, name);
        }
        return found;
    }

    /** {@code import_copyreg}: the module through the running program's {@code __import__}, as {@code PyImport_Import}. */
    static PyObject copyreg() {
        PyDict builtins = ThreadState.current().evaluator.currentBuiltins();
        PyObject importer = builtins == null ? null : builtins.getStr(IMPORT);
        if (importer == null) {
            throw Errors.raise(ExceptionTypes.ImportError, "__import__ not found");
        }
        return Abstract.call(importer, PyStr.of("copyreg"));
    }
}
