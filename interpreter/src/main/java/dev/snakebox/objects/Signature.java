package dev.snakebox.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a built-in function or method, compiled once from a text signature, and the
 * binder that fits the VM's vectorcall arguments to them, raising the TypeErrors CPython's
 * argument parsers raise ({@code Python/getargs.c}: {@code _PyArg_UnpackKeywords},
 * {@code _PyArg_CheckPositional}, {@code _PyArg_NoKeywords}; {@code Objects/methodobject.c} for
 * {@code METH_O} and {@code METH_NOARGS}).
 *
 * <p>The text is a Python parameter list: {@code "pop(index=-1, /)"},
 * {@code "print(*args, sep=None, end=None, file=None, flush=False)"}. Defaults may be
 * {@code None}, {@code True}, {@code False}, an int, {@code ''}, or {@code ?} for an optional
 * parameter with no default (bound as null, for the body to tell "not given").
 *
 * <p>The bound array holds the positional parameters, then the {@code *args} tuple if any, then
 * the keyword-only parameters, then the {@code **kwargs} dict if any.
 */
public final class Signature {
    /** Which of CPython's argument parsers a built-in uses, hence which messages it raises. */
    public enum Style {
        /** {@code METH_NOARGS}: "f() takes no arguments (1 given)". */
        NOARGS,
        /** {@code METH_O}: "f() takes exactly one argument (2 given)". */
        O,
        /** Positional only, {@code _PyArg_CheckPositional}: "f expected at most 2 arguments, got 3". */
        POSITIONAL,
        /** Argument Clinic with keywords, {@code _PyArg_UnpackKeywords}. */
        KEYWORDS
    }

    /** A parameter that may be omitted, with no default value: bound as null. */
    private static final PyObject OPTIONAL = new PyObject() {
        @Override
        public PyType type() {
            return PyNone.TYPE;
        }
    };

    public final String name;
    /** The name in METH_O/METH_NOARGS messages ({@code list.append}); set by the owner type. */
    String qualName;
    final String[] positional;
    final String[] kwOnly;
    final int posOnly;
    final boolean varArgs;
    final boolean varKw;
    /** Default of each positional parameter: null when required, {@link #OPTIONAL} when optional without default. */
    final PyObject[] posDefaults;
    final PyObject[] kwDefaults;
    final int minPos;
    Style style;

    private Signature(String name, String[] positional, int posOnly, boolean varArgs, String[] kwOnly, boolean varKw,
            PyObject[] posDefaults, PyObject[] kwDefaults) {
        this.name = name;
        this.qualName = name;
        this.positional = positional;
        this.posOnly = posOnly;
        this.varArgs = varArgs;
        this.kwOnly = kwOnly;
        this.varKw = varKw;
        this.posDefaults = posDefaults;
        this.kwDefaults = kwDefaults;
        int m = 0;
        while (m < positional.length && posDefaults[m] == null) {
            m++;
        }
        this.minPos = m;
        if (positional.length == 0 && kwOnly.length == 0 && !varArgs && !varKw) {
            style = Style.NOARGS;
        } else if (positional.length == 1 && posOnly == 1 && minPos == 1 && kwOnly.length == 0 && !varArgs && !varKw) {
            style = Style.O;
        } else if (posOnly == positional.length && kwOnly.length == 0 && !varKw) {
            style = Style.POSITIONAL;
        } else {
            style = Style.KEYWORDS;
        }
    }

    /** The number of slots of a bound array. */
    public int boundSize() {
        return positional.length + (varArgs ? 1 : 0) + kwOnly.length + (varKw ? 1 : 0);
    }

    /**
     * A {@code __new__}/{@code __init__} argument parser ({@code PyArg_ParseTupleAndKeywords}
     * over a tuple): too many positional arguments are counted as {@code _PyArg_CheckPositional}
     * words it ("int expected at most 2 arguments, got 3").
     */
    public Signature tupleArgs() {
        this.tupleArgs = true;
        return this;
    }

    private boolean tupleArgs;

    /** Uses another parser's messages (some built-ins are METH_VARARGS though their text says otherwise). */
    public Signature style(Style s) {
        this.style = s;
        return this;
    }

    /** Names the owner in METH_O/METH_NOARGS messages: {@code list.append() takes exactly one argument}. */
    public Signature owner(String typeName) {
        this.qualName = typeName + "." + name;
        return this;
    }

    // ---- parsing the text ----------------------------------------------------------------------

    /** Compiles {@code "name(params)"}. */
    public static Signature parse(String text) {
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        String name = text.substring(0, open).trim();
        String inner = text.substring(open + 1, close).trim();
        List<String> pos = new ArrayList<>();
        List<PyObject> posDef = new ArrayList<>();
        List<String> kw = new ArrayList<>();
        List<PyObject> kwDef = new ArrayList<>();
        int posOnly = 0;
        boolean varArgs = false;
        boolean varKw = false;
        boolean inKw = false;
        if (!inner.isEmpty()) {
            for (String raw : inner.split(",")) {
                String p = raw.trim();
                if (p.equals("/")) {
                    posOnly = pos.size();
                } else if (p.equals("*")) {
                    inKw = true;
                } else if (p.startsWith("**")) {
                    varKw = true;
                } else if (p.startsWith("*")) {
                    varArgs = true;
                    inKw = true;
                } else {
                    int eq = p.indexOf('=');
                    String pname = eq < 0 ? p : p.substring(0, eq).trim();
                    PyObject def = eq < 0 ? null : literal(p.substring(eq + 1).trim());
                    if (inKw) {
                        kw.add(pname);
                        kwDef.add(def);
                    } else {
                        pos.add(pname);
                        posDef.add(def);
                    }
                }
            }
        }
        return new Signature(name, pos.toArray(new String[0]), posOnly, varArgs, kw.toArray(new String[0]), varKw,
                posDef.toArray(new PyObject[0]), kwDef.toArray(new PyObject[0]));
    }

    private static PyObject literal(String s) {
        PyObject v = literalValue(s);
        if (v == null) {
            // a constant whose class is still being initialised (a signature parsed in its own type's static init)
            throw new IllegalStateException("default " + s + " is not available yet");
        }
        return v;
    }

    private static PyObject literalValue(String s) {
        switch (s) {
            case "None":
                return PyNone.NONE;
            case "True":
                return PyBool.TRUE;
            case "False":
                return PyBool.FALSE;
            case "?":
                return OPTIONAL;
            case "''":
                return PyStr.EMPTY;
            default:
                if (s.length() >= 2 && s.charAt(0) == '\'' && s.charAt(s.length() - 1) == '\'') {
                    return PyStr.of(s.substring(1, s.length() - 1));
                }
                if (s.indexOf('.') >= 0) {
                    return new PyFloat(FloatParser.parse(s));
                }
                return PyInt.of(Long.parseLong(s));
        }
    }

    // ---- binding -------------------------------------------------------------------------------

    /**
     * Binds {@code args[start .. start+nargs)} and the keyword arguments named by
     * {@code kwnames} (their values follow the positional ones) into a new array.
     */
    public PyObject[] bind(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        switch (style) {
            case NOARGS:
                if (nkw > 0) {
                    throw noKeywords(qualName);
                }
                if (nargs != 0) {
                    throw Errors.typeError(qualName + "() takes no arguments (" + nargs + " given)");
                }
                return new PyObject[0];
            case O:
                if (nkw > 0) {
                    throw noKeywords(qualName);
                }
                if (nargs != 1) {
                    throw Errors.typeError(qualName + "() takes exactly one argument (" + nargs + " given)");
                }
                return new PyObject[] {args[start]};
            case POSITIONAL:
                if (nkw > 0) {
                    throw noKeywords(qualName); // the method descriptor's check names str.count
                }
                checkPositional(nargs);
                break;
            default:
                checkKeywords(args, start, nargs, kwnames);
                break;
        }
        PyObject[] out = new PyObject[boundSize()];
        int npos = positional.length;
        int n = Math.min(nargs, npos);
        System.arraycopy(args, start, out, 0, n);
        int k = npos;
        if (varArgs) {
            if (nargs > npos) {
                PyObject[] rest = new PyObject[nargs - npos];
                System.arraycopy(args, start + npos, rest, 0, rest.length);
                out[k] = PyTuple.wrap(rest);
            } else {
                out[k] = PyTuple.EMPTY;
            }
            k++;
        }
        PyDict extra = varKw ? new PyDict() : null;
        for (int i = 0; i < nkw; i++) {
            String kname = ((PyStr) kwnames.get(i)).value();
            PyObject value = args[start + nargs + i];
            int slot = -1;
            for (int j = posOnly; j < npos; j++) {
                if (positional[j].equals(kname)) {
                    slot = j;
                    break;
                }
            }
            if (slot < 0) {
                for (int j = 0; j < kwOnly.length; j++) {
                    if (kwOnly[j].equals(kname)) {
                        slot = k + j;
                        break;
                    }
                }
            }
            if (slot < 0) {
                extra.put(kwnames.get(i), value); // checkKeywords let only **kwargs through
            } else {
                out[slot] = value;
            }
        }
        for (int j = nargs; j < npos; j++) {
            if (out[j] == null) {
                PyObject d = posDefaults[j];
                out[j] = d == OPTIONAL ? null : d;
            }
        }
        for (int j = 0; j < kwOnly.length; j++) {
            if (out[k + j] == null) {
                PyObject d = kwDefaults[j];
                out[k + j] = d == OPTIONAL ? null : d;
            }
        }
        if (varKw) {
            out[k + kwOnly.length] = extra;
        }
        return out;
    }

    private static PyException noKeywords(String name) {
        return Errors.typeError(name + "() takes no keyword arguments");
    }

    /** {@code _PyArg_CheckPositional}. */
    private void checkPositional(int nargs) {
        int max = varArgs ? Integer.MAX_VALUE : positional.length;
        if (nargs < minPos) {
            throw Errors.typeError(name + " expected " + (minPos == max ? "" : "at least ") + minPos + " argument"
                    + (minPos == 1 ? "" : "s") + ", got " + nargs);
        }
        if (nargs > max) {
            throw Errors.typeError(name + " expected " + (minPos == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + nargs);
        }
    }

    /** {@code _PyArg_UnpackKeywords}'s checks, in its order. */
    private void checkKeywords(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int maxPos = positional.length;
        int maxArgs = positional.length + kwOnly.length;
        if (tupleArgs && !varArgs && nargs > maxPos) {
            throw Errors.typeError(name + " expected at most " + maxPos + " argument" + (maxPos == 1 ? "" : "s") + ", got " + nargs);
        }
        if (!varArgs && !varKw && nargs + nkw > maxArgs) {
            throw Errors.typeError(name + "() takes at most " + maxArgs + " " + (nargs == 0 ? "keyword " : "") + "argument"
                    + (maxArgs == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        if (!varArgs && nargs > maxPos) {
            if (maxPos == 0) {
                throw Errors.typeError(name + "() takes no positional arguments");
            }
            throw Errors.typeError(name + "() takes " + (minPos < maxPos ? "at most" : "exactly") + " " + maxPos
                    + " positional argument" + (maxPos == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        int minPosOnly = Math.min(minPos, posOnly);
        if (nargs < minPosOnly) {
            throw Errors.typeError(name + "() takes " + (varArgs || minPosOnly < maxPos ? "at least" : "exactly") + " "
                    + minPosOnly + " positional argument" + (minPosOnly == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        // required parameters given neither by position nor by name
        for (int j = Math.max(nargs, posOnly); j < maxPos; j++) {
            if (posDefaults[j] == null && kwIndex(kwnames, positional[j]) < 0) {
                throw Errors.typeError(name + "() missing required argument '" + positional[j] + "' (pos " + (j + 1) + ")");
            }
        }
        for (int j = 0; j < kwOnly.length; j++) {
            if (kwDefaults[j] == null && kwIndex(kwnames, kwOnly[j]) < 0) {
                throw Errors.typeError(name + "() missing required argument '" + kwOnly[j] + "' (pos " + (maxPos + j + 1) + ")");
            }
        }
        if (nkw == 0) {
            return;
        }
        for (int j = posOnly; j < Math.min(nargs, maxPos); j++) {
            if (kwIndex(kwnames, positional[j]) >= 0) {
                throw Errors.typeError("argument for " + name + "() given by name ('" + positional[j] + "') and position ("
                        + (j + 1) + ")");
            }
        }
        if (varKw) {
            return;
        }
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kwnames.get(i)).value();
            if (!isKeywordName(k)) {
                List<String> candidates = new ArrayList<>();
                for (int j = posOnly; j < maxPos; j++) {
                    candidates.add(positional[j]);
                }
                for (String s : kwOnly) {
                    candidates.add(s);
                }
                String suggestion = Suggestions.compute(candidates, k);
                throw Errors.typeError(name + "() got an unexpected keyword argument '" + k + "'"
                        + (suggestion != null ? ". Did you mean '" + suggestion + "'?" : ""));
            }
        }
    }

    private boolean isKeywordName(String k) {
        for (int j = posOnly; j < positional.length; j++) {
            if (positional[j].equals(k)) {
                return true;
            }
        }
        for (String s : kwOnly) {
            if (s.equals(k)) {
                return true;
            }
        }
        return false;
    }

    private static int kwIndex(PyTuple kwnames, String name) {
        if (kwnames == null) {
            return -1;
        }
        for (int i = 0; i < kwnames.size(); i++) {
            if (((PyStr) kwnames.get(i)).value().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
