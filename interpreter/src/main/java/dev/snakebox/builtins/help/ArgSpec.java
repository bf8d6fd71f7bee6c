package dev.snakebox.builtins.help;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyClassMethodDescr;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyMethod;
import dev.snakebox.objects.PyMethodWrapper;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.PyWrapperDescr;
import java.util.ArrayList;
import java.util.List;

/**
 * pydoc's {@code _getargspec}: the signature shown after a name, as {@code inspect.signature(obj)
 * .format(max_width=80 - len(name))} renders it ({@code Lib/inspect.py}: {@code Signature.format},
 * {@code _signature_from_function}, {@code _signature_fromstr} for {@code __text_signature__},
 * the class rules of {@code _signature_from_callable}); null when there is none.
 */
final class ArgSpec {
    private ArgSpec() {}

    /** A signature: its parameters as rendered (with "/" and "*" markers) and the return annotation. */
    private static final class Sig {
        final List<String> parts = new ArrayList<>();
        String returns;
    }

    static String of(PyObject o) {
        Sig sig = signature(o, true);
        if (sig == null) {
            return null;
        }
        String name = Inspect.name(o);
        String rendered = "(" + String.join(", ", sig.parts) + ")";
        if (!name.equals("<lambda>") && rendered.length() > 80 - name.length()) {
            rendered = "(\n    " + String.join(",\n    ", sig.parts) + "\n)";
        }
        if (sig.returns != null) {
            rendered += " -> " + sig.returns;
        }
        return rendered;
    }

    private static Sig signature(PyObject o, boolean skipBound) {
        if (o instanceof PyMethod) {
            PyMethod m = (PyMethod) o;
            Sig s = signature(m.func, true);
            return s == null ? null : dropFirst(s);
        }
        if (Inspect.isFunction(o)) {
            return fromFunction(o);
        }
        if (Inspect.isClass(o)) {
            return fromClass((PyType) o);
        }
        if (o instanceof PyBuiltinFunction || o instanceof PyWrapperDescr || o instanceof PyMethodWrapper
                || Inspect.isMethodDescriptor(o)) {
            String text = Inspect.strAttr(o, "__text_signature__");
            if (text == null) {
                return null;
            }
            PyObject self = Inspect.attr(o, "__self__");
            boolean bound = o instanceof PyBuiltinFunction ? self != null && self != PyNone.NONE || isModuleFunction(o)
                    : o instanceof PyMethodWrapper;
            return fromText(text, bound);
        }
        return null;
    }

    /** A free built-in function: CPython binds it to its module, so {@code $module} is always dropped. */
    private static boolean isModuleFunction(PyObject o) {
        PyObject self = Inspect.attr(o, "__self__");
        return self == null || self == PyNone.NONE || Inspect.isModule(self);
    }

    /** The parameters of a {@code __text_signature__}: {@code "($self, value, /)"}. */
    static Sig fromText(String text, boolean bound) {
        int close = text.lastIndexOf(')');
        if (!text.startsWith("(") || close < 0) {
            return null;
        }
        Sig s = new Sig();
        List<String> tokens = splitTopLevel(text.substring(1, close));
        boolean positionalOnly = tokens.contains("/");
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i == 0 && t.startsWith("$")) {
                if (bound) {
                    // the next "/" goes too when the self parameter was the only positional-only one
                    if (i + 1 < tokens.size() && tokens.get(i + 1).equals("/")) {
                        i++;
                    }
                    continue;
                }
                s.parts.add(t.substring(1));
                if (!positionalOnly) {
                    s.parts.add("/"); // the self parameter of a built-in is positional-only
                }
                continue;
            }
            // inspect evaluates the names defaults are written with; sys.maxsize is the one built-ins use
            s.parts.add(t.endsWith("=sys.maxsize") ? t.substring(0, t.length() - 11) + maxsize() : t);
        }
        String tail = text.substring(close + 1).trim();
        if (tail.startsWith("->")) {
            s.returns = tail.substring(2).trim();
        }
        return s;
    }

    private static String maxsize() {
        PyObject sys = Inspect.sysModules("sys");
        PyObject v = sys == null ? null : Inspect.attr(sys, "maxsize");
        return v == null ? "sys.maxsize" : Abstract.repr(v).value();
    }

    private static List<String> splitTopLevel(String params) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < params.length(); i++) {
            char c = params.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(params.substring(start, i).trim());
                start = i + 1;
            }
        }
        String last = params.substring(start).trim();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /** {@code _signature_bound_method}: the first parameter is the instance. */
    private static Sig dropFirst(Sig s) {
        if (s.parts.isEmpty() || s.parts.get(0).startsWith("*")) {
            return s;
        }
        s.parts.remove(0);
        if (!s.parts.isEmpty() && s.parts.get(0).equals("/")) {
            s.parts.remove(0);
        }
        return s;
    }

    /** {@code _signature_from_function}: names from the code object, defaults, annotations. */
    private static Sig fromFunction(PyObject f) {
        PyObject code = Abstract.getAttr(f, "__code__");
        int argcount = intAttr(code, "co_argcount");
        int posonly = intAttr(code, "co_posonlyargcount");
        int kwonly = intAttr(code, "co_kwonlyargcount");
        int flags = intAttr(code, "co_flags");
        PyObject[] names = ((PyTuple) Abstract.getAttr(code, "co_varnames")).toArray();
        PyObject defaultsObj = Abstract.getAttr(f, "__defaults__");
        PyObject[] defaults = defaultsObj instanceof PyTuple ? ((PyTuple) defaultsObj).toArray() : new PyObject[0];
        PyObject kwdefaults = Abstract.getAttr(f, "__kwdefaults__");
        PyObject annotationsObj = Inspect.attr(f, "__annotations__");
        PyDict annotations = annotationsObj instanceof PyDict ? (PyDict) annotationsObj : new PyDict();
        Sig s = new Sig();
        int firstDefault = argcount - defaults.length;
        for (int i = 0; i < argcount; i++) {
            String name = ((PyStr) names[i]).value();
            s.parts.add(param(name, annotations, i >= firstDefault ? defaults[i - firstDefault] : null));
            if (i == posonly - 1) {
                s.parts.add("/");
            }
        }
        int n = argcount + kwonly;
        boolean varargs = (flags & 0x04) != 0;
        if (varargs) {
            String name = ((PyStr) names[n]).value();
            s.parts.add("*" + param(name, annotations, null));
        } else if (kwonly > 0) {
            s.parts.add("*");
        }
        for (int i = argcount; i < argcount + kwonly; i++) {
            String name = ((PyStr) names[i]).value();
            PyObject def = kwdefaults instanceof PyDict ? ((PyDict) kwdefaults).getStr(PyStr.of(name)) : null;
            s.parts.add(param(name, annotations, def));
        }
        if ((flags & 0x08) != 0) {
            String name = ((PyStr) names[n + (varargs ? 1 : 0)]).value();
            s.parts.add("**" + param(name, annotations, null));
        }
        PyObject ret = annotations.getStr(PyStr.of("return"));
        if (ret != null) {
            s.returns = formatAnnotation(ret);
        }
        return s;
    }

    private static int intAttr(PyObject o, String name) {
        return (int) Abstract.asIndexSized(Abstract.getAttr(o, name), false);
    }

    /** {@code Parameter.__str__}: {@code name: annotation = default} or {@code name=default}. */
    private static String param(String name, PyDict annotations, PyObject def) {
        PyObject ann = annotations.getStr(PyStr.of(name));
        String s = name;
        if (ann != null) {
            s += ": " + formatAnnotation(ann);
        }
        if (def != null) {
            s += (ann != null ? " = " : "=") + Abstract.repr(def).value();
        }
        return s;
    }

    /** inspect's {@code formatannotation}: a class by its (qualified) name, anything else by its repr. */
    private static String formatAnnotation(PyObject a) {
        if (Inspect.isClass(a)) {
            String module = Inspect.strAttr(a, "__module__");
            String qual = Inspect.strAttr(a, "__qualname__");
            return "builtins".equals(module) ? qual : module + "." + qual;
        }
        String module = Inspect.strAttr(a, "__module__");
        String r = Abstract.repr(a).value();
        if ("typing".equals(module)) {
            r = r.replace("typing.", "");
        }
        return r;
    }

    /** The class rules of {@code _signature_from_callable}: a user {@code __new__}/{@code __init__}, else a text signature. */
    private static Sig fromClass(PyType cls) {
        PyObject newMethod = userDefined(cls, "__new__");
        PyObject init = userDefined(cls, "__init__");
        for (PyType base : cls.mro()) {
            if (newMethod != null && Inspect.ownAttr(base, "__new__") != null) {
                Sig s = signature(newMethod, true);
                return s == null ? null : dropFirst(s);
            } else if (init != null && Inspect.ownAttr(base, "__init__") != null) {
                Sig s = signature(init, true);
                return s == null ? null : dropFirst(s);
            }
        }
        PyType[] mro = cls.mro();
        for (int i = 0; i < mro.length - 1; i++) {
            String text = Inspect.strAttr(mro[i], "__text_signature__");
            if (text != null && !text.isEmpty()) {
                return fromText(text, false);
            }
        }
        boolean isMeta = false;
        for (PyType base : mro) {
            isMeta |= base == PyType.TYPE;
        }
        if (!isMeta && Inspect.attr(cls, "__init__") == Inspect.attr(PyType.OBJECT, "__init__")
                && Inspect.attr(cls, "__new__") == Inspect.attr(PyType.OBJECT, "__new__")) {
            return new Sig(); // object's "()"
        }
        return null;
    }

    /** {@code _signature_get_user_defined_method}: the attribute unless it is a built-in's. */
    private static PyObject userDefined(PyType cls, String name) {
        PyObject m = Inspect.attr(cls, name);
        if (m == null || m instanceof PyWrapperDescr || m instanceof PyMethodWrapper || m instanceof PyClassMethodDescr
                || m instanceof PyBuiltinFunction) {
            return null;
        }
        return m;
    }
}
