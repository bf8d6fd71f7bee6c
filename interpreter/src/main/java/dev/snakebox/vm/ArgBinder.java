package dev.snakebox.vm;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the arguments of a call to a Python function into the new frame's local variables,
 * raising CPython's TypeErrors; CPython's {@code initialize_locals}, {@code too_many_positional},
 * {@code missing_arguments} and {@code positional_only_passed_as_keyword} ({@code Python/ceval.c}).
 */
final class ArgBinder {
    private ArgBinder() {}

    /**
     * Binds {@code args[start .. start+nargs)} and the keyword arguments named by
     * {@code kwnames} (values after the positional ones) into {@code lp}.
     */
    static void bind(PyFunction f, CodeInfo info, PyObject[] lp, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        int argcount = info.argcount;
        int total = argcount + info.kwonly;
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (nkw == 0 && nargs == argcount && !info.varargs && !info.varkw) {
            System.arraycopy(args, start, lp, 0, nargs);
            if (info.kwonly > 0) {
                fillDefaults(f, info, lp, nargs);
            }
            return;
        }
        PyDict kwdict = null;
        if (info.varkw) {
            kwdict = new PyDict();
            lp[total + (info.varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(nargs, argcount);
        System.arraycopy(args, start, lp, 0, n);
        if (info.varargs) {
            lp[total] = nargs > argcount ? PyTuple.of(args, start + argcount, nargs - argcount) : PyTuple.EMPTY;
        }
        List<String> posonlyAsKeyword = null;
        for (int i = 0; i < nkw; i++) {
            PyStr name = (PyStr) kwnames.get(i);
            PyObject value = args[start + nargs + i];
            int j = find(info, name, info.posonly, total);
            if (j < 0) {
                if (kwdict != null) {
                    kwdict.putStr(name, value);
                    continue;
                }
                if (find(info, name, 0, info.posonly) >= 0) {
                    if (posonlyAsKeyword == null) {
                        posonlyAsKeyword = new ArrayList<>();
                    }
                    posonlyAsKeyword.add(name.value());
                    continue;
                }
                throw unexpectedKeyword(f, info, name, total);
            }
            if (lp[j] != null) {
                throw Errors.typeError(f.qualname.value() + "() got multiple values for argument '" + name.value() + "'");
            }
            lp[j] = value;
        }
        if (posonlyAsKeyword != null) {
            throw Errors.typeError(f.qualname.value() + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKeyword) + "'");
        }
        if (nargs > argcount && !info.varargs) {
            throw tooManyPositional(f, info, lp, nargs);
        }
        fillDefaults(f, info, lp, nargs);
    }

    /** {@code initialize_locals}: the keyword suggestion is among the parameters that may be named. */
    private static dev.snakebox.objects.PyException unexpectedKeyword(PyFunction f, CodeInfo info, PyStr name, int total) {
        List<String> candidates = new ArrayList<>();
        for (int j = info.posonly; j < total; j++) {
            candidates.add(info.localNames[j].value());
        }
        String suggestion = candidates.isEmpty() ? null : Suggestions.compute(candidates, name.value());
        return Errors.typeError(f.qualname.value() + "() got an unexpected keyword argument '" + name.value() + "'"
                + (suggestion != null ? ". Did you mean '" + suggestion + "'?" : ""));
    }

    private static int find(CodeInfo info, PyStr name, int from, int to) {
        PyStr[] names = info.localNames;
        for (int j = from; j < to; j++) {
            if (names[j] == name) {
                return j;
            }
        }
        for (int j = from; j < to; j++) {
            if (names[j].value().equals(name.value())) {
                return j;
            }
        }
        return -1;
    }

    /** Defaults for the parameters not given, or the "missing" TypeErrors. */
    private static void fillDefaults(PyFunction f, CodeInfo info, PyObject[] lp, int nargs) {
        int argcount = info.argcount;
        PyObject[] defaults = f.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        if (nargs < argcount) {
            int firstDefault = argcount - ndef;
            List<String> missing = null;
            for (int i = nargs; i < firstDefault; i++) {
                if (lp[i] == null) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(info.localNames[i].value());
                }
            }
            if (missing != null) {
                throw missingArguments(f, missing, "positional");
            }
            for (int i = Math.max(nargs, firstDefault); i < argcount; i++) {
                if (lp[i] == null) {
                    lp[i] = defaults[i - firstDefault];
                }
            }
        }
        int total = argcount + info.kwonly;
        if (info.kwonly > 0) {
            List<String> missing = null;
            for (int i = argcount; i < total; i++) {
                if (lp[i] != null) {
                    continue;
                }
                PyObject d = f.kwdefaults == null ? null : f.kwdefaults.getStr(info.localNames[i]);
                if (d != null) {
                    lp[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(info.localNames[i].value());
                }
            }
            if (missing != null) {
                throw missingArguments(f, missing, "keyword-only");
            }
        }
    }

    private static RuntimeException missingArguments(PyFunction f, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                list.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(f.qualname.value() + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + list);
    }

    private static RuntimeException tooManyPositional(PyFunction f, CodeInfo info, PyObject[] lp, int given) {
        int argcount = info.argcount;
        int ndef = f.defaults == null ? 0 : f.defaults.length;
        int kwonlyGiven = 0;
        for (int i = argcount; i < argcount + info.kwonly; i++) {
            if (lp[i] != null) {
                kwonlyGiven++;
            }
        }
        String sig;
        boolean plural;
        if (ndef > 0) {
            sig = "from " + (argcount - ndef) + " to " + argcount;
            plural = true;
        } else {
            sig = Integer.toString(argcount);
            plural = argcount != 1;
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return Errors.typeError(f.qualname.value() + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
                + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }
}
