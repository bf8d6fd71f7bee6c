package dev.snakebox.builtins.help;

import dev.snakebox.modules.Importer;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyClassMethod;
import dev.snakebox.objects.PyClassMethodDescr;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyGetSetDescr;
import dev.snakebox.objects.PyMemberDescr;
import dev.snakebox.objects.PyMethod;
import dev.snakebox.objects.PyMethodWrapper;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyProperty;
import dev.snakebox.objects.PyStaticMethod;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * What pydoc asks of CPython's {@code Lib/inspect.py}: the kind predicates
 * ({@code isroutine}, {@code isdatadescriptor}...), {@code cleandoc}, {@code getmodule}, and pydoc's
 * own {@code getdoc}/{@code _finddoc} (docstrings inherited along the MRO).
 */
final class Inspect {
    private Inspect() {}

    // ------------------------------------------------------------------ attribute access

    /** {@code getattr(o, name, None)} but null when missing: AttributeError means absent. */
    static PyObject attr(PyObject o, String name) {
        try {
            return Abstract.getAttr(o, name);
        } catch (PyException e) {
            if (Abstract.isInstance(e.value, ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code getattr(o, name)} turned into a Java string when it is a str, else null. */
    static String strAttr(PyObject o, String name) {
        PyObject v = attr(o, name);
        return v instanceof PyStr ? ((PyStr) v).value() : null;
    }

    static String name(PyObject o) {
        String n = strAttr(o, "__name__");
        return n == null ? "" : n;
    }

    /** The value the type's own dict holds for {@code name}, or null. */
    static PyObject ownAttr(PyType t, String name) {
        return t.dict().getStr(PyStr.of(name));
    }

    // ------------------------------------------------------------------ predicates

    static boolean isClass(PyObject o) {
        return o instanceof PyType;
    }

    static boolean isModule(PyObject o) {
        return o instanceof PyModule;
    }

    static boolean isFunction(PyObject o) {
        return o instanceof PyFunction;
    }

    static boolean isMethod(PyObject o) {
        return o instanceof PyMethod;
    }

    static boolean isBuiltin(PyObject o) {
        return o instanceof PyBuiltinFunction;
    }

    static boolean isMethodWrapper(PyObject o) {
        return o instanceof PyMethodWrapper;
    }

    /** A descriptor with {@code __get__} and neither {@code __set__} nor {@code __delete__}: {@code int.__add__}. */
    static boolean isMethodDescriptor(PyObject o) {
        if (isClass(o) || isMethod(o) || isFunction(o)) {
            return false;
        }
        PyType t = o.type();
        return t.tp_descr_get != null && t.tp_descr_set == null;
    }

    /** A descriptor with {@code __set__} or {@code __delete__}: properties, getsets, members. */
    static boolean isDataDescriptor(PyObject o) {
        if (isClass(o) || isMethod(o) || isFunction(o)) {
            return false;
        }
        return o.type().tp_descr_set != null;
    }

    static boolean isRoutine(PyObject o) {
        return isBuiltin(o) || isFunction(o) || isMethod(o) || isMethodDescriptor(o) || isMethodWrapper(o);
    }

    static boolean isGetSetDescriptor(PyObject o) {
        return o instanceof PyGetSetDescr;
    }

    static boolean isMemberDescriptor(PyObject o) {
        return o instanceof PyMemberDescr;
    }

    static boolean isStaticMethod(PyObject o) {
        return Abstract.typeCheck(o, PyStaticMethod.TYPE);
    }

    static boolean isClassMethod(PyObject o) {
        return Abstract.typeCheck(o, PyClassMethod.TYPE) || o instanceof PyClassMethodDescr;
    }

    static boolean isProperty(PyObject o) {
        return Abstract.typeCheck(o, PyProperty.TYPE);
    }

    /** pydoc's {@code _is_bound_method}: a method, or a built-in bound to something other than a module. */
    static boolean isBoundMethod(PyObject o) {
        if (isMethod(o)) {
            return true;
        }
        if (isBuiltin(o)) {
            PyObject self = attr(o, "__self__");
            return !(self == null || self == PyNone.NONE || isModule(self));
        }
        return false;
    }

    /** A coroutine or async generator function (code flags 0x80, 0x200): "async" in the title. */
    static boolean isAsyncFunction(PyObject o) {
        PyObject f = o;
        if (isMethod(f)) {
            f = ((PyMethod) f).func;
        }
        if (!isFunction(f)) {
            return false;
        }
        PyObject flags = attr(attr(f, "__code__"), "co_flags");
        long v = flags == null ? 0 : Abstract.asIndexSized(flags, false);
        return (v & (0x80 | 0x200)) != 0;
    }

    // ------------------------------------------------------------------ modules

    /** {@code sys.modules}, or null when no program runs. */
    static PyObject sysModules(String name) {
        try {
            return Importer.current().modules.getStr(PyStr.of(name));
        } catch (PyException e) {
            return null;
        }
    }

    /** inspect's {@code getmodule}: the module named by {@code __module__} (or the module itself). */
    static PyObject getModule(PyObject o) {
        if (isModule(o)) {
            return o;
        }
        String m = strAttr(o, "__module__");
        return m == null ? null : sysModules(m);
    }

    /** pydoc's {@code classname}: the class name, qualified by its module unless it is {@code modname}. */
    static String className(PyObject cls, String modname) {
        String name = name(cls);
        String module = strAttr(cls, "__module__");
        if (module == null ? modname != null : !module.equals(modname)) {
            name = module + "." + name;
        }
        return name;
    }

    // ------------------------------------------------------------------ docstrings

    /** pydoc's {@code getdoc}: the cleaned docstring, inherited when the object has none; "" when there is none. */
    static String getdoc(PyObject o) {
        String doc = getdocOrNull(o);
        if (doc == null || doc.isEmpty()) {
            return "";
        }
        doc = rstrip(doc);
        // re.sub('^ *\n', '', ...): one leading line of spaces only
        int i = 0;
        while (i < doc.length() && doc.charAt(i) == ' ') {
            i++;
        }
        if (i < doc.length() && doc.charAt(i) == '\n') {
            doc = doc.substring(i + 1);
        }
        return doc;
    }

    /** pydoc's {@code _getdoc}. */
    static String getdocOrNull(PyObject o) {
        PyObject doc = ownDoc(o);
        if (doc == null) {
            try {
                doc = findDoc(o);
            } catch (PyException e) {
                if (Abstract.isInstance(e.value, ExceptionTypes.AttributeError)
                        || Abstract.isInstance(e.value, ExceptionTypes.TypeError)) {
                    return null;
                }
                throw e;
            }
        }
        if (!(doc instanceof PyStr)) {
            return null;
        }
        return cleandoc(((PyStr) doc).value());
    }

    /** pydoc's {@code _getowndoc}: the docstring unless it is just the type's. */
    static PyObject ownDoc(PyObject o) {
        PyObject doc = attr(o, "__doc__");
        if (doc == null || doc == PyNone.NONE) {
            return null;
        }
        if (o != PyType.TYPE) {
            PyObject typeDoc = attr(o.type(), "__doc__");
            if (typeDoc instanceof PyStr && doc instanceof PyStr && ((PyStr) typeDoc).value().equals(((PyStr) doc).value())) {
                return null;
            }
        }
        return doc;
    }

    /** pydoc's {@code _finddoc}: the docstring of the same name along the MRO of the class it belongs to. */
    private static PyObject findDoc(PyObject o) {
        String name;
        PyObject cls;
        if (isMethod(o)) {
            PyMethod m = (PyMethod) o;
            name = name(m.func);
            PyObject self = m.self;
            PyObject same = isClass(self) ? attr(attr(self, name) == null ? PyNone.NONE : attr(self, name), "__func__") : null;
            cls = isClass(self) && same == m.func ? self : self.type();
        } else if (isFunction(o)) {
            name = name(o);
            cls = findClass(o);
            if (cls == null || Abstract.getAttr(cls, name) != o) {
                return null;
            }
        } else if (isBuiltin(o)) {
            name = name(o);
            PyObject self = attr(o, "__self__");
            if (self == null) {
                self = PyNone.NONE;
            }
            String qual = strAttr(o, "__qualname__");
            cls = isClass(self) && (strAttr(self, "__qualname__") + "." + name).equals(qual) ? self : self.type();
        } else if (isProperty(o)) {
            name = name(o);
            PyObject fget = attr(o, "fget");
            cls = fget == null ? null : findClass(fget);
            if (cls == null || Abstract.getAttr(cls, name) != o) {
                return null;
            }
        } else if (isMethodDescriptor(o) || isDataDescriptor(o)) {
            name = strAttr(o, "__name__");
            cls = Abstract.getAttr(o, "__objclass__");
            if (name == null || Abstract.getAttr(cls, name) != o) {
                return null;
            }
        } else {
            return null;
        }
        if (!(cls instanceof PyType)) {
            return null;
        }
        for (PyType base : ((PyType) cls).mro()) {
            PyObject v = attr(base, name);
            if (v == null) {
                continue;
            }
            PyObject doc = ownDoc(v);
            if (doc != null) {
                return doc;
            }
        }
        return null;
    }

    /** inspect's {@code _findclass}: the class a function was defined in, by its qualified name. */
    private static PyObject findClass(PyObject func) {
        String module = strAttr(func, "__module__");
        PyObject cls = module == null ? null : sysModules(module);
        if (cls == null) {
            return null;
        }
        String qual = strAttr(func, "__qualname__");
        if (qual == null) {
            return null;
        }
        String[] parts = qual.split("\\.", -1);
        for (int i = 0; i < parts.length - 1; i++) {
            cls = Abstract.getAttr(cls, parts[i]);
        }
        return isClass(cls) ? cls : null;
    }

    /** inspect's {@code cleandoc}: tabs expanded, the common indentation of lines 2.. removed, blank ends dropped. */
    static String cleandoc(String doc) {
        String[] lines = expandTabs(doc).split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent < line.length()) {
                margin = Math.min(margin, indent);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0) {
                int k = 0;
                while (k < line.length() && line.charAt(k) == ' ') {
                    k++;
                }
                line = line.substring(k);
            } else if (margin != Integer.MAX_VALUE) {
                line = line.length() <= margin ? "" : line.substring(margin);
            }
            out.add(line);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        return String.join("\n", out);
    }

    /** str.expandtabs(8). */
    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int n = 8 - col % 8;
                for (int k = 0; k < n; k++) {
                    sb.append(' ');
                }
                col += n;
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /** str.rstrip() for the whitespace docstrings hold. */
    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b
                || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85 || Character.isWhitespace(c);
    }
}
