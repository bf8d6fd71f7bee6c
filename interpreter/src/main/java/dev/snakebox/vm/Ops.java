package dev.snakebox.vm;

import static dev.snakebox.bytecode.Opcodes.*;

import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.AsciiEscape;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyCell;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PySet;
import dev.snakebox.objects.PySlice;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PySuper;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.objects.text.HostText;
import java.util.ArrayList;
import java.util.List;

/**
 * The instructions the loop does not run inline: each works on the frame's stack through
 * {@link Frame#sp}; CPython's {@code Python/bytecodes.c} for the same instructions, and
 * {@code do_raise}, {@code unpack_iterable}, {@code format_kwargs_error},
 * {@code _PyErr_SetObject}'s context chaining ({@code Python/ceval.c}, {@code errors.c}).
 */
final class Ops {
    private Ops() {}

    private static final PyStr BUILD_CLASS = PyStr.intern("__build_class__");
    private static final PyStr ENTER = PyStr.intern("__enter__");
    private static final PyStr EXIT = PyStr.intern("__exit__");
    private static final PyStr ANNOTATIONS = PyStr.intern("__annotations__");
    private static final PyStr KEYS = PyStr.intern("keys");
    private static final PyStr CLASS = PyStr.intern("__class__");

    static PyObject pop(Frame f) {
        PyObject v = f.localsplus[--f.sp];
        f.localsplus[f.sp] = null;
        return v;
    }

    static void push(Frame f, PyObject v) {
        f.localsplus[f.sp++] = v;
    }

    static PyObject top(Frame f) {
        return f.localsplus[f.sp - 1];
    }

    static void execute(Interpreter interp, Frame f, int op, int arg) {
        PyObject[] lp = f.localsplus;
        CodeInfo info = f.info;
        switch (op) {
            case DELETE_FAST:
                if (lp[arg] == null) {
                    throw Errors.unboundLocal(info.localNames[arg].value());
                }
                lp[arg] = null;
                return;
            case DELETE_DEREF: {
                PyCell c = (PyCell) lp[arg];
                if (c.ref == null) {
                    throw unboundDeref(info, arg);
                }
                c.ref = null;
                return;
            }
            case STORE_GLOBAL:
                f.globals.putStr(info.names[arg], pop(f));
                return;
            case DELETE_GLOBAL:
                if (f.globals.removeStr(info.names[arg]) == null) {
                    throw Errors.nameError(info.names[arg].value());
                }
                return;
            case DELETE_NAME: {
                PyStr name = info.names[arg];
                if (f.locals == null) {
                    throw Errors.systemError("no locals when deleting " + name.repr());
                }
                if (f.locals instanceof PyDict && f.locals.type() == PyDict.TYPE) {
                    if (((PyDict) f.locals).removeStr(name) == null) {
                        throw Errors.nameError(name.value());
                    }
                } else {
                    try {
                        Abstract.setItem(f.locals, name, null);
                    } catch (PyException e) {
                        if (e.value.type().isSubtypeOf(ExceptionTypes.KeyError)) {
                            throw Errors.nameError(name.value());
                        }
                        throw e;
                    }
                }
                return;
            }
            case DELETE_ATTR:
                Abstract.setAttr(pop(f), info.names[arg], null);
                return;
            case DELETE_SUBSCR: {
                PyObject key = pop(f);
                PyObject container = pop(f);
                Abstract.setItem(container, key, null);
                return;
            }
            case LOAD_LOCALS:
                if (f.locals == null) {
                    throw Errors.systemError("no locals found");
                }
                push(f, f.locals);
                return;
            case LOAD_FROM_DICT_OR_DEREF: {
                PyObject mapping = pop(f);
                PyObject v = Globals.lookupMapping(mapping, info.localNames[arg]);
                if (v == null) {
                    v = ((PyCell) lp[arg]).ref;
                    if (v == null) {
                        throw unboundDeref(info, arg);
                    }
                }
                push(f, v);
                return;
            }
            case LOAD_FROM_DICT_OR_GLOBALS: {
                PyObject mapping = pop(f);
                PyStr name = info.names[arg];
                PyObject v = Globals.lookupMapping(mapping, name);
                if (v == null) {
                    v = f.globals.getStr(name);
                }
                if (v == null) {
                    v = f.builtins.getStr(name);
                }
                if (v == null) {
                    throw Errors.nameError(name.value());
                }
                push(f, v);
                return;
            }
            case LOAD_SUPER_ATTR:
                loadSuperAttr(f, arg);
                return;
            case LOAD_BUILD_CLASS: {
                PyObject bc = f.builtins.getStr(BUILD_CLASS);
                if (bc == null) {
                    throw Errors.raise(ExceptionTypes.NameError, "__build_class__ not found");
                }
                push(f, bc);
                return;
            }
            case LOAD_ASSERTION_ERROR:
                push(f, ExceptionTypes.AssertionError);
                return;
            case MAKE_FUNCTION:
                push(f, new PyFunction((PyCode) pop(f), f.globals, f.builtins));
                return;
            case SET_FUNCTION_ATTRIBUTE:
                setFunctionAttribute(f, arg);
                return;
            case UNARY_NEGATIVE:
                lp[f.sp - 1] = Abstract.negative(lp[f.sp - 1]);
                return;
            case UNARY_INVERT:
                lp[f.sp - 1] = Abstract.invert(lp[f.sp - 1]);
                return;
            case CALL_INTRINSIC_1:
                lp[f.sp - 1] = Intrinsics.call1(interp, f, arg, lp[f.sp - 1]);
                return;
            case CALL_INTRINSIC_2: {
                PyObject v2 = pop(f);
                lp[f.sp - 1] = Intrinsics.call2(arg, lp[f.sp - 1], v2);
                return;
            }
            case CONTAINS_OP: {
                PyObject container = pop(f);
                PyObject item = top(f);
                lp[f.sp - 1] = PyBool.of(Abstract.contains(container, item) != (arg == 1));
                return;
            }
            case IS_OP: {
                PyObject b = pop(f);
                PyObject a = top(f);
                lp[f.sp - 1] = PyBool.of((a == b) != (arg == 1));
                return;
            }
            case BINARY_SLICE: {
                PyObject stop = pop(f);
                PyObject start = pop(f);
                PyObject container = top(f);
                lp[f.sp - 1] = Abstract.getItem(container, new PySlice(start, stop, PyNone.NONE));
                return;
            }
            case STORE_SLICE: {
                PyObject stop = pop(f);
                PyObject start = pop(f);
                PyObject container = pop(f);
                PyObject v = pop(f);
                Abstract.setItem(container, new PySlice(start, stop, PyNone.NONE), v);
                return;
            }
            case BUILD_SLICE: {
                PyObject step = arg == 3 ? pop(f) : PyNone.NONE;
                PyObject stop = pop(f);
                PyObject start = pop(f);
                push(f, new PySlice(start, stop, step));
                return;
            }
            case BUILD_SET: {
                PySet s = new PySet();
                int base = f.sp - arg;
                for (int i = 0; i < arg; i++) {
                    s.add(lp[base + i]);
                    lp[base + i] = null;
                }
                f.sp = base;
                push(f, s);
                return;
            }
            case BUILD_MAP: {
                PyDict d = new PyDict(arg);
                int base = f.sp - 2 * arg;
                for (int i = 0; i < arg; i++) {
                    d.put(lp[base + 2 * i], lp[base + 2 * i + 1]);
                }
                for (int i = base; i < f.sp; i++) {
                    lp[i] = null;
                }
                f.sp = base;
                push(f, d);
                return;
            }
            case BUILD_CONST_KEY_MAP: {
                PyTuple keys = (PyTuple) pop(f);
                PyDict d = new PyDict(arg);
                int base = f.sp - arg;
                for (int i = 0; i < arg; i++) {
                    d.put(keys.get(i), lp[base + i]);
                    lp[base + i] = null;
                }
                f.sp = base;
                push(f, d);
                return;
            }
            case BUILD_STRING: {
                String[] parts = new String[arg];
                int base = f.sp - arg;
                for (int i = 0; i < arg; i++) {
                    parts[i] = ((PyStr) lp[base + i]).value();
                    lp[base + i] = null;
                }
                f.sp = base;
                push(f, PyStr.of(HostText.concat(parts)));
                return;
            }
            case LIST_EXTEND: {
                PyObject iterable = pop(f);
                PyList list = (PyList) lp[f.sp - arg];
                try {
                    list.extend(Abstract.toArray(iterable));
                } catch (PyException e) {
                    if (e.value.type() == ExceptionTypes.TypeError && iterable.type().tp_iter == null
                            && iterable.type().mp_subscript == null) {
                        throw Errors.typeError("Value after * must be an iterable, not " + iterable.type().name);
                    }
                    throw e;
                }
                return;
            }
            case SET_ADD: {
                PyObject v = pop(f);
                ((PySet) lp[f.sp - arg]).add(v);
                return;
            }
            case SET_UPDATE: {
                PyObject iterable = pop(f);
                // set_update_internal: a (frozen)set operand merges table to table, as CPython orders it
                ((PySet) lp[f.sp - arg]).update(iterable);
                return;
            }
            case MAP_ADD: {
                PyObject value = pop(f);
                PyObject key = pop(f);
                ((PyDict) lp[f.sp - arg]).put(key, value);
                return;
            }
            case DICT_UPDATE: {
                PyObject update = pop(f);
                PyDict d = (PyDict) lp[f.sp - arg];
                if (!(update instanceof PyDict) && Abstract.lookupAttr(update, KEYS) == null) {
                    throw Errors.typeError("'" + update.type().name + "' object is not a mapping");
                }
                Abstract.callMethod(d, "update", update);
                return;
            }
            case DICT_MERGE: {
                PyObject update = pop(f);
                PyDict d = (PyDict) lp[f.sp - arg];
                PyObject callable = lp[f.sp - arg - 3];
                dictMerge(d, update, callable);
                return;
            }
            case UNPACK_SEQUENCE:
                unpack(f, pop(f), arg, -1);
                return;
            case UNPACK_EX:
                unpack(f, pop(f), arg & 0xFF, arg >> 8);
                return;
            case BEFORE_WITH:
                beforeWith(f);
                return;
            case WITH_EXCEPT_START: {
                PyObject exitFunc = lp[f.sp - 4];
                PyBaseException val = (PyBaseException) lp[f.sp - 1];
                PyObject tb = val.traceback == null ? PyNone.NONE : val.traceback;
                push(f, Abstract.call(exitFunc, val.type(), val, tb));
                return;
            }
            case GET_LEN:
                push(f, PyInt.of(Abstract.len(top(f))));
                return;
            case MATCH_MAPPING:
                push(f, PyBool.of(Match.isMapping(top(f))));
                return;
            case MATCH_SEQUENCE:
                push(f, PyBool.of(Match.isSequence(top(f))));
                return;
            case MATCH_KEYS: {
                PyObject keys = lp[f.sp - 1];
                PyObject subject = lp[f.sp - 2];
                push(f, Match.keys(subject, (PyTuple) keys));
                return;
            }
            case MATCH_CLASS: {
                PyTuple names = (PyTuple) pop(f);
                PyObject type = pop(f);
                PyObject subject = pop(f);
                push(f, Match.matchClass(subject, type, arg, names));
                return;
            }
            case FORMAT_SIMPLE: {
                PyObject v = top(f);
                if (!(v instanceof PyStr && v.getClass() == PyStr.class)) {
                    lp[f.sp - 1] = Abstract.format(v, PyStr.EMPTY);
                }
                return;
            }
            case FORMAT_WITH_SPEC: {
                PyObject spec = pop(f);
                lp[f.sp - 1] = Abstract.format(top(f), (PyStr) spec);
                return;
            }
            case CONVERT_VALUE: {
                PyObject v = top(f);
                lp[f.sp - 1] = arg == 1 ? Abstract.str(v) : arg == 2 ? Abstract.repr(v) : PyStr.of(AsciiEscape.escape(Abstract.repr(v).value()));
                return;
            }
            case SETUP_ANNOTATIONS: {
                if (f.locals == null) {
                    throw Errors.systemError("no locals found when setting up annotations");
                }
                if (Globals.lookupMapping(f.locals, ANNOTATIONS) == null) {
                    Abstract.setItem(f.locals, ANNOTATIONS, new PyDict());
                }
                return;
            }
            case CALL_FUNCTION_EX:
                throw Errors.systemError("CALL_FUNCTION_EX is run by the loop");
            case IMPORT_NAME: {
                PyObject fromlist = pop(f);
                PyObject level = pop(f);
                push(f, dev.snakebox.modules.Importer.current().importName(f.builtins, f.globals, f.locals, info.names[arg],
                        fromlist, level));
                return;
            }
            case IMPORT_FROM:
                push(f, dev.snakebox.modules.ImportOps.importFrom(top(f), info.names[arg]));
                return;
            case CHECK_EG_MATCH:
                ExceptStar.checkEgMatch(f);
                return;
            case GET_YIELD_FROM_ITER:
                Awaits.getYieldFromIter(f);
                return;
            case END_SEND:
                Awaits.endSend(f);
                return;
            case GET_AWAITABLE:
                Awaits.getAwaitable(f, arg);
                return;
            case GET_AITER:
                Awaits.getAIter(f);
                return;
            case GET_ANEXT:
                Awaits.getANext(f);
                return;
            case BEFORE_ASYNC_WITH:
                Awaits.beforeAsyncWith(f);
                return;
            default:
                throw Errors.notImplemented("the " + Opcodes.name(op) + " instruction is not supported yet");
        }
    }

    // ---- names ---------------------------------------------------------------------------------

    /** {@code _PyEval_FormatExcUnbound}: a cell's variable or a free variable without a value. */
    static PyException unboundDeref(CodeInfo info, int i) {
        String name = info.localNames[i].value();
        if ((info.kind(i) & PyCode.CO_FAST_FREE) != 0) {
            return Errors.raise(ExceptionTypes.NameError,
                    "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
        }
        return Errors.unboundLocal(name);
    }

    /** The names a NameError suggestion chooses from: the frame's locals, then globals and builtins. */
    static List<String> frameNames(Frame f) {
        List<String> names = new ArrayList<>();
        if (f.locals instanceof PyDict) {
            for (PyObject k : ((PyDict) f.locals).keysArray()) {
                if (k instanceof PyStr) {
                    names.add(((PyStr) k).value());
                }
            }
        } else if (f.locals == null) {
            for (int i = 0; i < f.info.nlocalsplus; i++) {
                PyObject v = f.localsplus[i];
                if (v != null && !(v instanceof PyCell && ((PyCell) v).ref == null)) {
                    names.add(f.info.localNames[i].value());
                }
            }
        }
        for (PyObject k : f.globals.keysArray()) {
            if (k instanceof PyStr) {
                names.add(((PyStr) k).value());
            }
        }
        for (PyObject k : f.builtins.keysArray()) {
            if (k instanceof PyStr) {
                names.add(((PyStr) k).value());
            }
        }
        return names;
    }

    // ---- functions and calls -------------------------------------------------------------------

    private static void setFunctionAttribute(Frame f, int flag) {
        PyFunction fn = (PyFunction) pop(f);
        PyObject attr = pop(f);
        switch (flag) {
            case 1:
                fn.defaults = ((PyTuple) attr).toArray();
                break;
            case 2:
                fn.kwdefaults = (PyDict) attr;
                break;
            case 4:
                if (attr instanceof PyTuple) {
                    PyTuple t = (PyTuple) attr;
                    PyDict d = new PyDict();
                    for (int i = 0; i + 1 < t.size(); i += 2) {
                        d.put(t.get(i), t.get(i + 1));
                    }
                    fn.annotations = d;
                } else {
                    fn.annotations = attr;
                }
                break;
            case 8:
                fn.closure = ((PyTuple) attr).toArray();
                break;
            default:
                break;
        }
        push(f, fn);
    }

    /** {@code _PyObject_FunctionStr}: {@code module.qualname()} for messages about a call. */
    static String functionStr(PyObject func) {
        PyObject qn = Abstract.lookupAttr(func, PyStr.intern("__qualname__"));
        if (!(qn instanceof PyStr)) {
            return func.type().name + " object";
        }
        PyObject mod = Abstract.lookupAttr(func, PyStr.intern("__module__"));
        if (mod instanceof PyStr && !((PyStr) mod).value().equals("builtins")) {
            return ((PyStr) mod).value() + "." + ((PyStr) qn).value() + "()";
        }
        return ((PyStr) qn).value() + "()";
    }

    /** {@code DICT_MERGE}: {@code **mapping} in a call; duplicates and non-mappings as CPython words them. */
    private static void dictMerge(PyDict d, PyObject update, PyObject callable) {
        PyObject[] keys;
        if (update instanceof PyDict) {
            keys = ((PyDict) update).keysArray();
        } else {
            PyObject keysMethod = Abstract.lookupAttr(update, KEYS);
            if (keysMethod == null) {
                throw Errors.typeError(functionStr(callable) + " argument after ** must be a mapping, not " + update.type().name);
            }
            try {
                keys = Abstract.toArray(Abstract.call(keysMethod),
                        update.type().name + ".keys() returned a non-iterable (type %s)");
            } catch (PyException e) {
                throw asDuplicate(e, callable);
            }
        }
        for (PyObject k : keys) {
            if (!(k instanceof PyStr)) {
                // CPython 3.13 finds this in the call itself, whose text names no function
                throw Errors.typeError("keywords must be strings");
            }
            if (d.containsKey(k)) {
                throw Errors.typeError(functionStr(callable) + " got multiple values for keyword argument '" + ((PyStr) k).value()
                        + "'");
            }
            PyObject v;
            try {
                v = Abstract.getItem(update, k);
            } catch (PyException e) {
                throw asDuplicate(e, callable);
            }
            d.put(k, v);
        }
    }

    /** {@code format_kwargs_error}: a KeyError of one argument out of the merge reads as a repeated keyword. */
    private static PyException asDuplicate(PyException e, PyObject callable) {
        if (!e.value.type().isSubtypeOf(ExceptionTypes.KeyError) || e.value.args.size() != 1) {
            return e;
        }
        PyObject key = e.value.args.get(0);
        if (!(key instanceof PyStr)) {
            return Errors.typeError(functionStr(callable) + " keywords must be strings");
        }
        return Errors.typeError(functionStr(callable) + " got multiple values for keyword argument '" + ((PyStr) key).value() + "'");
    }

    /**
     * {@code CALL_FUNCTION_EX}: the positional tuple and the keyword dict are spread into a
     * vectorcall; a Python function gets a frame (returned, for the loop to enter), anything
     * else is called and its result pushed (null returned).
     */
    static Frame callFunctionEx(Frame f, int arg) {
        PyObject kwargs = (arg & 1) != 0 ? pop(f) : null;
        PyObject callargs = pop(f);
        pop(f); // the NULL
        PyObject func = pop(f);
        PyObject[] args;
        if (callargs instanceof PyTuple) {
            args = ((PyTuple) callargs).toArray();
        } else {
            if (callargs.type().tp_iter == null && callargs.type().mp_subscript == null) {
                throw Errors.typeError(functionStr(func) + " argument after * must be an iterable, not " + callargs.type().name);
            }
            args = Abstract.toArray(callargs);
        }
        int nargs = args.length;
        PyTuple kwnames = null;
        if (kwargs != null) {
            PyDict kw;
            if (kwargs instanceof PyDict && kwargs.type() == PyDict.TYPE) {
                kw = (PyDict) kwargs;
            } else {
                kw = new PyDict();
                dictMerge(kw, kwargs, func);
            }
            if (kw.size() > 0) {
                PyObject[] keys = kw.keysArray();
                PyObject[] all = new PyObject[nargs + keys.length];
                System.arraycopy(args, 0, all, 0, nargs);
                for (int i = 0; i < keys.length; i++) {
                    if (!(keys[i] instanceof PyStr)) {
                        throw Errors.typeError("keywords must be strings");
                    }
                    all[nargs + i] = kw.get(keys[i]);
                }
                args = all;
                kwnames = PyTuple.wrap(keys);
            }
        }
        if (func instanceof PyFunction) {
            return Calls.frameFor((PyFunction) func, args, 0, nargs, kwnames);
        }
        push(f, Abstract.call(func, args, 0, nargs, kwnames));
        return null;
    }

    // ---- classes and super ---------------------------------------------------------------------

    private static void loadSuperAttr(Frame f, int arg) {
        PyObject self = pop(f);
        PyObject cls = pop(f);
        PyObject globalSuper = pop(f);
        PyStr name = f.info.names[arg >> 2];
        boolean method = (arg & 1) != 0;
        if (globalSuper == PySuper.TYPE && cls instanceof PyType) {
            boolean[] unbound = method ? new boolean[1] : null;
            PyObject attr = PySuper.lookup((PyType) cls, self, name, unbound);
            push(f, attr);
            if (method) {
                push(f, unbound[0] ? self : null);
            }
            return;
        }
        PyObject sup = (arg & 2) != 0 ? Abstract.call(globalSuper, cls, self) : Abstract.call(globalSuper);
        push(f, Abstract.getAttr(sup, name));
        if (method) {
            push(f, null);
        }
    }

    /** {@code super_init_without_args}: the frame's {@code __class__} cell and first argument. */
    static PyObject[] zeroArgSuper(Frame f) {
        if (f == null || f.function == null) {
            throw Errors.runtimeError("super(): no current frame");
        }
        CodeInfo info = f.info;
        if (info.argcount == 0 && !info.varargs) {
            throw Errors.runtimeError("super(): no arguments");
        }
        PyObject first = f.localsplus[0];
        if (first instanceof PyCell && (info.kind(0) & PyCode.CO_FAST_CELL) != 0) {
            first = ((PyCell) first).ref;
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        for (int i = 0; i < info.nlocalsplus; i++) {
            if (info.localNames[i] == CLASS && (info.kind(i) & PyCode.CO_FAST_FREE) != 0) {
                PyObject cell = f.localsplus[i];
                if (!(cell instanceof PyCell)) {
                    throw Errors.runtimeError("super(): bad __class__ cell");
                }
                PyObject type = ((PyCell) cell).ref;
                if (type == null) {
                    throw Errors.runtimeError("super(): empty __class__ cell");
                }
                if (!(type instanceof PyType)) {
                    throw Errors.runtimeError("super(): __class__ is not a type (" + type.type().name + ")");
                }
                return new PyObject[] {type, first};
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }

    // ---- with ----------------------------------------------------------------------------------

    /** {@code BEFORE_WITH}: pushes the bound {@code __exit__} and the result of {@code __enter__()}. */
    private static void beforeWith(Frame f) {
        PyObject mgr = pop(f);
        PyObject enter = lookupSpecial(mgr, ENTER);
        if (enter == null) {
            throw Errors.typeError("'" + mgr.type().name + "' object does not support the context manager protocol");
        }
        PyObject exit = lookupSpecial(mgr, EXIT);
        if (exit == null) {
            throw Errors.typeError("'" + mgr.type().name
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        push(f, exit);
        push(f, Abstract.call(enter));
    }

    /** {@code _PyObject_LookupSpecial}: on the type, bound to the object. */
    static PyObject lookupSpecial(PyObject o, PyStr name) {
        PyObject descr = o.type().lookup(name);
        if (descr == null) {
            return null;
        }
        dev.snakebox.objects.Slots.DescrGet get = descr.type().tp_descr_get;
        return get != null ? get.get(descr, o, o.type()) : descr;
    }

    // ---- unpacking -----------------------------------------------------------------------------

    /** {@code UNPACK_SEQUENCE} ({@code after} -1) and {@code UNPACK_EX}: item 0 ends on top; the generic path. */
    private static void unpack(Frame f, PyObject seq, int before, int after) {
        // an exact tuple or list of the right length never gets here: the eval loop unpacks it
        PyObject[] lp = f.localsplus;
        PyObject it;
        try {
            it = Abstract.getIter(seq);
        } catch (PyException e) {
            if (e.value.type() == ExceptionTypes.TypeError && seq.type().tp_iter == null && seq.type().mp_subscript == null) {
                throw Errors.typeError("cannot unpack non-iterable " + seq.type().name + " object");
            }
            throw e;
        }
        int total = before + (after >= 0 ? 1 + after : 0);
        PyObject[] items = new PyObject[total];
        for (int i = 0; i < before; i++) {
            PyObject x = Abstract.next(it);
            if (x == null) {
                if (after < 0) {
                    throw Errors.valueError("not enough values to unpack (expected " + before + ", got " + i + ")");
                }
                throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + i + ")");
            }
            items[i] = x;
        }
        if (after < 0) {
            if (Abstract.next(it) != null) {
                throw Errors.valueError("too many values to unpack (expected " + before + ")");
            }
        } else {
            List<PyObject> rest = new ArrayList<>();
            PyObject x;
            while ((x = Abstract.next(it)) != null) {
                rest.add(x);
            }
            if (rest.size() < after) {
                throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                        + (before + rest.size()) + ")");
            }
            int middle = rest.size() - after;
            items[before] = PyList.wrap(rest.subList(0, middle).toArray(new PyObject[0]));
            for (int i = 0; i < after; i++) {
                items[before + 1 + i] = rest.get(middle + i);
            }
        }
        for (int i = 0; i < total; i++) {
            lp[f.sp + total - 1 - i] = items[i];
        }
        f.sp += total;
    }

    // ---- exceptions ----------------------------------------------------------------------------

    /** {@code do_raise}: {@code raise exc} (arg 1) or {@code raise exc from cause} (arg 2). */
    static PyBaseException raise(Interpreter interp, Frame f, int arg) {
        PyObject cause = arg == 2 ? pop(f) : null;
        PyObject exc = pop(f);
        PyBaseException value;
        if (exc instanceof PyType) {
            PyType t = (PyType) exc;
            if (!t.isSubtypeOf(ExceptionTypes.BaseException)) {
                return Errors.typeError("exceptions must derive from BaseException").value;
            }
            PyObject v = Abstract.call(t);
            if (!(v instanceof PyBaseException)) {
                return Errors.typeError("calling " + Abstract.repr(t).value() + " should have returned an instance of BaseException, not "
                        + v.type().name).value;
            }
            value = (PyBaseException) v;
        } else if (exc instanceof PyBaseException) {
            value = (PyBaseException) exc;
        } else {
            return Errors.typeError("exceptions must derive from BaseException").value;
        }
        if (cause != null) {
            PyBaseException fixed;
            if (cause instanceof PyType && ((PyType) cause).isSubtypeOf(ExceptionTypes.BaseException)) {
                PyObject c = Abstract.call(cause);
                if (!(c instanceof PyBaseException)) {
                    return Errors.typeError("calling " + Abstract.repr(cause).value()
                            + " should have returned an instance of BaseException, not " + c.type().name).value;
                }
                fixed = (PyBaseException) c;
            } else if (cause instanceof PyBaseException) {
                fixed = (PyBaseException) cause;
            } else if (cause == PyNone.NONE) {
                fixed = null;
            } else {
                return Errors.typeError("exception causes must derive from BaseException").value;
            }
            value.cause = fixed;
            value.suppressContext = true;
        }
        setContext(interp.ts, value);
        return value;
    }

    /** {@code _PyErr_SetObject}'s chaining: the exception being handled becomes the new one's context, without cycles. */
    static void setContext(ThreadState ts, PyBaseException exc) {
        PyBaseException handled = ts.handled;
        if (handled == null || handled == exc) {
            return;
        }
        PyBaseException o = handled;
        PyBaseException slow = o;
        boolean toggle = false;
        PyBaseException ctx;
        while ((ctx = o.context) != null) {
            if (ctx == exc) {
                o.context = null;
                break;
            }
            o = ctx;
            if (o == slow) {
                break;
            }
            if (toggle) {
                slow = slow.context;
            }
            toggle = !toggle;
        }
        exc.context = handled;
    }

    /** {@code CHECK_EXC_MATCH}: validates the except clause's class(es), then matches. */
    static boolean excMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple) {
            PyTuple t = (PyTuple) type;
            for (int i = 0; i < t.size(); i++) {
                if (!isExceptionClass(t.get(i))) {
                    throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
                }
            }
            for (int i = 0; i < t.size(); i++) {
                if (exc.type().isSubtypeOf((PyType) t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!isExceptionClass(type)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf((PyType) type);
    }

    private static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType && ((PyType) o).isSubtypeOf(ExceptionTypes.BaseException);
    }
}
