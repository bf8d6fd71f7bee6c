package dev.snakebox.builtins.help;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * pydoc's plain-text renderer ({@code Lib/pydoc.py}: {@code render_doc}, {@code describe},
 * {@code TextDoc.docmodule/docclass/docroutine/docdata/docother}) as the plain pager prints it:
 * without the overstruck bold, which {@code plain()} removes anyway.
 */
final class TextDoc {
    private TextDoc() {}

    /** {@code render_doc(thing, 'Help on %s:')}: the title line and the page. */
    static String renderDoc(PyObject object, String name) {
        String desc = describe(object);
        PyObject module = Inspect.getModule(object);
        if (name != null && name.indexOf('.') >= 0) {
            desc += " in " + name.substring(0, name.lastIndexOf('.'));
        } else if (module != null && module != object) {
            desc += " in module " + Inspect.name(module);
        }
        if (!(Inspect.isModule(object) || Inspect.isClass(object) || Inspect.isRoutine(object)
                || Inspect.isDataDescriptor(object) || Inspect.getdocOrNull(object) != null)) {
            // data or an instance: document its type instead of its value
            PyObject origin = Inspect.attr(object, "__origin__");
            if (origin != null) {
                object = origin;
            } else {
                object = object.type();
                desc += " object";
            }
        }
        return "Help on " + desc + ":\n\n" + document(object, name, null, null, null);
    }

    /** pydoc's {@code describe}. */
    static String describe(PyObject o) {
        if (Inspect.isModule(o)) {
            String n = Inspect.name(o);
            if (((PyModule) o).origin == PyModule.BUILT_IN) {
                return "built-in module " + n;
            }
            return (Inspect.attr(o, "__path__") != null ? "package " : "module ") + n;
        }
        if (Inspect.isBuiltin(o)) {
            return "built-in function " + Inspect.name(o);
        }
        if (Inspect.isGetSetDescriptor(o) || Inspect.isMemberDescriptor(o)) {
            PyObject cls = Abstract.getAttr(o, "__objclass__");
            return (Inspect.isGetSetDescriptor(o) ? "getset descriptor " : "member descriptor ")
                    + Inspect.strAttr(cls, "__module__") + "." + Inspect.name(cls) + "." + Inspect.name(o);
        }
        if (Inspect.isClass(o)) {
            return "class " + Inspect.name(o);
        }
        if (Inspect.isFunction(o)) {
            return "function " + Inspect.name(o);
        }
        if (Inspect.isMethod(o)) {
            return "method " + Inspect.name(o);
        }
        return o.type().name.substring(o.type().name.lastIndexOf('.') + 1);
    }

    /** {@code Doc.document}: dispatch on the kind of object. */
    static String document(PyObject o, String name, String mod, PyType cl, PyType homecls) {
        try {
            if (Inspect.isModule(o)) {
                return docmodule(o);
            }
            if (Inspect.isClass(o)) {
                return docclass((PyType) o, name, mod);
            }
            if (Inspect.isRoutine(o)) {
                return docroutine(o, name, mod, cl, homecls);
            }
        } catch (PyException e) {
            if (!Abstract.isInstance(e.value, dev.snakebox.objects.ExceptionTypes.AttributeError)) {
                throw e;
            }
        }
        if (Inspect.isDataDescriptor(o)) {
            return docdata(o, name);
        }
        return docother(o, name, 0, null);
    }

    // ------------------------------------------------------------------ text utilities

    /** {@code TextDoc.indent}: each line prefixed, trailing spaces dropped. */
    static String indent(String text, String prefix) {
        if (text.isEmpty()) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(Inspect.rstrip(prefix + lines[i]));
        }
        return sb.toString();
    }

    static String section(String title, String contents) {
        return title + "\n" + Inspect.rstrip(indent(contents, "    ")) + "\n\n";
    }

    // ------------------------------------------------------------------ routines

    /** {@code TextDoc.docroutine}: the signature line, a note on where it comes from, the docstring. */
    static String docroutine(PyObject o, String name, String mod, PyType cl, PyType homecls) {
        String realname = Inspect.name(o);
        if (name == null) {
            name = realname;
        }
        if (homecls == null) {
            homecls = cl;
        }
        String note = "";
        boolean skipdocs = false;
        PyObject imfunc = null;
        if (Inspect.isBoundMethod(o)) {
            PyObject imself = Abstract.getAttr(o, "__self__");
            if (imself == cl) {
                imfunc = Inspect.attr(o, "__func__");
            } else if (Inspect.isClass(imself)) {
                note = " class method of " + Inspect.className(imself, mod);
            } else {
                note = " method of " + Inspect.className(imself.type(), mod) + " instance";
            }
        } else if (Inspect.isMethodDescriptor(o) || Inspect.isMethodWrapper(o)) {
            PyObject objclass = Inspect.attr(o, "__objclass__");
            if (objclass != null) {
                if (cl == null) {
                    note = " unbound " + Inspect.className(objclass, mod) + " method";
                } else if (objclass != homecls) {
                    note = " from " + Inspect.className(objclass, mod);
                }
            }
        } else {
            imfunc = o;
        }
        if (imfunc != null && Inspect.isFunction(imfunc) && homecls != null) {
            String fmod = Inspect.strAttr(imfunc, "__module__");
            String fqual = Inspect.strAttr(imfunc, "__qualname__");
            if (!String.valueOf(fmod).equals(Inspect.strAttr(homecls, "__module__"))
                    || !String.valueOf(fqual).equals(Inspect.strAttr(homecls, "__qualname__") + "." + realname)) {
                String pname = parentName(imfunc, mod);
                if (pname != null) {
                    note = " from " + pname;
                }
            }
        }
        String asyncQualifier = Inspect.isAsyncFunction(o) ? "async " : "";
        String title;
        if (name.equals(realname)) {
            title = realname;
        } else {
            if (cl != null && staticAttr(cl, realname) == o) {
                skipdocs = true;
                if (note.startsWith(" from ")) {
                    note = "";
                }
            }
            title = name + " = " + realname;
        }
        String argspec = null;
        if (Inspect.isRoutine(o)) {
            argspec = ArgSpec.of(o);
            if (argspec != null && realname.equals("<lambda>")) {
                title = name + " lambda ";
                PyObject ann = Inspect.attr(o, "__annotations__");
                if (ann == null || !Abstract.isTrue(ann)) {
                    argspec = argspec.substring(1, argspec.length() - 1);
                }
            }
        }
        if (argspec == null || argspec.isEmpty()) {
            argspec = "(...)";
        }
        String decl = asyncQualifier + title + argspec + note;
        if (skipdocs) {
            return decl + "\n";
        }
        String doc = Inspect.getdoc(o);
        return decl + "\n" + (doc.isEmpty() ? "" : Inspect.rstrip(indent(doc, "    ")) + "\n");
    }

    /** pydoc's {@code parentname}: where a function was defined, by its qualified name. */
    private static String parentName(PyObject o, String mod) {
        String qual = Inspect.strAttr(o, "__qualname__");
        String module = Inspect.strAttr(o, "__module__");
        if (qual == null) {
            return null;
        }
        if (qual.indexOf('.') >= 0) {
            String parent = qual.substring(0, qual.lastIndexOf('.'));
            if (parent.indexOf("<locals>") >= 0 || parent.endsWith(">")) {
                return null; // pydoc gives up on '<locals>'
            }
            return module != null && !module.equals(mod) ? module + "." + parent : parent;
        }
        return module != null && !module.equals(mod) ? module : null;
    }

    /** {@code inspect.getattr_static(cl, name)} as far as pydoc needs it: the first MRO dict holding it. */
    private static PyObject staticAttr(PyType cl, String name) {
        for (PyType t : cl.mro()) {
            PyObject v = Inspect.ownAttr(t, name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ data

    /** {@code TextDoc.docdata}: a data descriptor's name and docstring. */
    static String docdata(PyObject o, String name) {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            sb.append(name).append('\n');
        }
        String doc = Inspect.getdoc(o);
        if (!doc.isEmpty()) {
            sb.append(indent(doc, "    ")).append('\n');
        }
        return sb.toString();
    }

    /** {@code TextDoc.docother}: {@code name = repr}, cut to {@code maxlen}, with the docstring given. */
    static String docother(PyObject o, String name, int maxlen, String doc) {
        String repr = TextRepr.repr(o);
        if (maxlen > 0) {
            String line = (name != null && !name.isEmpty() ? name + " = " : "") + repr;
            int chop = maxlen - line.length();
            if (chop < 0) {
                repr = repr.substring(0, repr.length() + chop) + "...";
            }
        }
        String line = (name != null && !name.isEmpty() ? name + " = " : "") + repr;
        if (doc == null || doc.isEmpty()) {
            doc = Inspect.getdoc(o);
        }
        if (!doc.isEmpty()) {
            line += "\n" + indent(doc, "    ") + "\n";
        }
        return line;
    }

    // ------------------------------------------------------------------ classes

    /** {@code TextDoc.docclass}: the whole class page. */
    static String docclass(PyType object, String name, String mod) {
        String realname = Inspect.name(object);
        if (name == null) {
            name = realname;
        }
        String objModule = Inspect.strAttr(object, "__module__");
        PyObject[] bases = object.bases().toArray();
        String title = name.equals(realname) ? "class " + realname : name + " = class " + realname;
        if (bases.length > 0) {
            List<String> parents = new ArrayList<>();
            for (PyObject b : bases) {
                parents.add(Inspect.className(b, objModule));
            }
            title += "(" + String.join(", ", parents) + ")";
        }
        List<String> contents = new ArrayList<>();
        String argspec = ArgSpec.of(object);
        if (argspec != null && !argspec.equals("()")) {
            contents.add(name + argspec + "\n");
        }
        String doc = Inspect.getdoc(object);
        if (!doc.isEmpty()) {
            contents.add(doc + "\n");
        }
        PyType[] mroArray = object.mro();
        List<PyType> mro = new ArrayList<>(List.of(mroArray));
        if (mro.size() > 2) {
            contents.add("Method resolution order:");
            for (PyType base : mro) {
                contents.add("    " + Inspect.className(base, objModule));
            }
            contents.add("");
        }
        builtinSubclasses(object, contents);

        List<ClassAttrs.Attr> attrs = ClassAttrs.classify(object);
        boolean[] needRule = {false};
        while (!attrs.isEmpty()) {
            PyType thisclass = !mro.isEmpty() ? mro.remove(0) : attrs.get(0).homecls;
            List<ClassAttrs.Attr> mine = new ArrayList<>();
            List<ClassAttrs.Attr> inherited = new ArrayList<>();
            for (ClassAttrs.Attr a : attrs) {
                (a.homecls == thisclass ? mine : inherited).add(a);
            }
            if (object != PyType.OBJECT && thisclass == PyType.OBJECT) {
                attrs = inherited;
                continue;
            }
            String tag = thisclass == object ? "defined here" : "inherited from " + Inspect.className(thisclass, objModule);
            ClassAttrs.sort(mine, object);
            mine = spill(contents, needRule, "Methods " + tag + ":\n", mine, "method", object, mod, 0);
            mine = spill(contents, needRule, "Class methods " + tag + ":\n", mine, "class method", object, mod, 0);
            mine = spill(contents, needRule, "Static methods " + tag + ":\n", mine, "static method", object, mod, 0);
            mine = spill(contents, needRule, "Readonly properties " + tag + ":\n", mine, "readonly property", object, mod, 1);
            mine = spill(contents, needRule, "Data descriptors " + tag + ":\n", mine, "data descriptor", object, mod, 1);
            spill(contents, needRule, "Data and other attributes " + tag + ":\n", mine, "data", object, mod, 2);
            attrs = inherited;
        }
        String text = String.join("\n", contents);
        if (text.isEmpty()) {
            return title + "\n";
        }
        return title + "\n" + indent(Inspect.rstrip(text), " |  ") + "\n";
    }

    /** "Built-in subclasses:" of a built-in class, at most four named. */
    private static void builtinSubclasses(PyType object, List<String> contents) {
        // type.__subclasses__(object): a metaclass's own __subclasses__ would be unbound on it
        PyObject subs = Abstract.call(PyType.TYPE.dict().getStr(PyStr.of("__subclasses__")), object);
        List<String> names = new ArrayList<>();
        for (PyObject c : Abstract.toArray(subs)) {
            String n = Inspect.name(c);
            if (!n.startsWith("_") && "builtins".equals(Inspect.strAttr(c, "__module__"))) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        names.sort((a, b) -> dev.snakebox.objects.text.StrCase.lower(a).compareTo(dev.snakebox.objects.text.StrCase.lower(b))); // key=str.lower, stable
        contents.add("Built-in subclasses:");
        for (int i = 0; i < Math.min(4, names.size()); i++) {
            contents.add("    " + names.get(i));
        }
        if (names.size() > 4) {
            contents.add("    ... and " + (names.size() - 4) + " other subclasses");
        }
        contents.add("");
    }

    /**
     * One section of a class page: {@code spill} (mode 0), {@code spilldescriptors} (1) or
     * {@code spilldata} (2); returns the attributes of other kinds.
     */
    private static List<ClassAttrs.Attr> spill(List<String> contents, boolean[] needRule, String msg,
            List<ClassAttrs.Attr> attrs, String kind, PyType object, String mod, int mode) {
        List<ClassAttrs.Attr> rest = new ArrayList<>();
        boolean any = false;
        for (ClassAttrs.Attr a : attrs) {
            if (!a.kind.equals(kind)) {
                rest.add(a);
                continue;
            }
            if (!any) {
                any = true;
                if (needRule[0]) {
                    contents.add("-".repeat(70));
                }
                needRule[0] = true;
                contents.add(msg);
            }
            if (mode == 0) {
                PyObject value;
                try {
                    value = Abstract.getAttr(object, a.name);
                } catch (PyException e) {
                    contents.add(docdata(a.value, a.name));
                    continue;
                }
                contents.add(document(value, a.name, mod, object, a.homecls));
            } else if (mode == 1) {
                contents.add(docdata(a.value, a.name));
            } else {
                String doc = Inspect.getdoc(a.value);
                PyObject obj = Inspect.attr(object, a.name);
                if (obj == null) {
                    obj = Inspect.ownAttr(a.homecls, a.name);
                }
                contents.add(docother(obj, a.name, 70, doc) + "\n");
            }
        }
        return rest;
    }

    // ------------------------------------------------------------------ modules

    /** {@code TextDoc.docmodule}: NAME, DESCRIPTION, CLASSES, FUNCTIONS, DATA, FILE. */
    static String docmodule(PyObject object) {
        String name = Inspect.name(object);
        String[] split = splitdoc(Inspect.getdoc(object));
        StringBuilder result = new StringBuilder(section("NAME", name + (split[0].isEmpty() ? "" : " - " + split[0])));
        PyObject all = Inspect.attr(object, "__all__");
        if (!split[1].isEmpty()) {
            result.append(section("DESCRIPTION", split[1]));
        }
        PyDict dict = ((PyModule) object).dict;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < dict.entryLimit(); i++) {
            PyObject k = dict.keyAt(i);
            if (k instanceof PyStr) {
                keys.add(((PyStr) k).value());
            }
        }
        keys.sort(null);
        List<String> classes = new ArrayList<>();
        List<String> funcs = new ArrayList<>();
        List<String> data = new ArrayList<>();
        List<PyObject> classValues = new ArrayList<>();
        for (String key : keys) {
            PyObject value = dict.getStr(PyStr.of(key));
            if (value == null) {
                continue;
            }
            boolean local = all != null || (Inspect.getModule(value) == null || Inspect.getModule(value) == object);
            if (Inspect.isClass(value)) {
                if (local && visibleName(key, all, object)) {
                    classes.add(key);
                    classValues.add(value);
                }
            } else if (Inspect.isRoutine(value)) {
                if (local && visibleName(key, all, object)) {
                    funcs.add(key);
                }
            } else if (!(Inspect.isModule(value) || value.type().name.equals("frame") || value.type().name.equals("traceback")
                    || value.type().name.equals("code")) && visibleName(key, all, object)) {
                data.add(key);
            }
        }
        if (!classes.isEmpty()) {
            List<String> contents = new ArrayList<>();
            contents.add(ClassTree.format(classValues, name));
            for (String key : classes) {
                contents.add(document(dict.getStr(PyStr.of(key)), key, name, null, null));
            }
            result.append(section("CLASSES", String.join("\n", contents)));
        }
        if (!funcs.isEmpty()) {
            List<String> contents = new ArrayList<>();
            for (String key : funcs) {
                contents.add(document(dict.getStr(PyStr.of(key)), key, name, null, null));
            }
            result.append(section("FUNCTIONS", String.join("\n", contents)));
        }
        if (!data.isEmpty()) {
            List<String> contents = new ArrayList<>();
            for (String key : data) {
                contents.add(docother(dict.getStr(PyStr.of(key)), key, 70, null));
            }
            result.append(section("DATA", String.join("\n", contents)));
        }
        for (String[] meta : new String[][] {{"__version__", "VERSION"}, {"__date__", "DATE"}, {"__author__", "AUTHOR"},
            {"__credits__", "CREDITS"}}) {
            PyObject v = Inspect.attr(object, meta[0]);
            if (v != null) {
                String text = Abstract.str(v).value();
                if (meta[0].equals("__version__") && text.startsWith("$Revision: ") && text.endsWith("$")) {
                    text = text.substring(11, text.length() - 1).trim();
                }
                result.append(section(meta[1], text));
            }
        }
        String file = Inspect.strAttr(object, "__file__");
        result.append(section("FILE", file == null ? "(built-in)" : file));
        return result.toString();
    }

    /** pydoc's {@code splitdoc}: the synopsis line (when a blank line follows it) and the rest. */
    static String[] splitdoc(String doc) {
        String[] lines = doc.strip().split("\n", -1);
        if (lines.length == 1) {
            return new String[] {lines[0], ""};
        }
        if (lines.length >= 2 && Inspect.rstrip(lines[1]).isEmpty()) {
            return new String[] {lines[0], String.join("\n", List.of(lines).subList(2, lines.length))};
        }
        return new String[] {"", String.join("\n", lines)};
    }

    /** pydoc's {@code visiblename}. */
    static boolean visibleName(String name, PyObject all, PyObject obj) {
        switch (name) {
            case "__author__": case "__builtins__": case "__cached__": case "__credits__": case "__date__":
            case "__doc__": case "__file__": case "__spec__": case "__loader__": case "__module__": case "__name__":
            case "__package__": case "__path__": case "__qualname__": case "__slots__": case "__version__":
            case "__static_attributes__": case "__firstlineno__":
                return false;
            default:
                break;
        }
        if (name.startsWith("__") && name.endsWith("__")) {
            return true;
        }
        if (name.startsWith("_") && obj != null && Inspect.attr(obj, "_fields") != null) {
            return true;
        }
        if (all != null && all != dev.snakebox.objects.PyNone.NONE) {
            return Abstract.contains(all, PyStr.of(name));
        }
        return !name.startsWith("_");
    }
}
