package dev.snakebox.builtins.help;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pydoc's {@code classify_class_attrs} over inspect's ({@code Lib/inspect.py}): each name of
 * {@code dir(cls)} with its kind ("method", "class method", "static method", "readonly property",
 * "data descriptor", "data"), the class that defines it and its value; and {@code sort_attributes}.
 */
final class ClassAttrs {
    private ClassAttrs() {}

    static final class Attr {
        final String name;
        final String kind;
        final PyType homecls;
        final PyObject value;

        Attr(String name, String kind, PyType homecls, PyObject value) {
            this.name = name;
            this.kind = kind;
            this.homecls = homecls;
            this.value = value;
        }
    }

    /** The visible attributes of {@code cls}, classified. */
    static List<Attr> classify(PyType cls) {
        PyType[] mro = cls.mro();
        List<Attr> result = new ArrayList<>();
        for (String name : dir(cls)) {
            if (!TextDoc.visibleName(name, null, cls)) {
                continue;
            }
            PyType homecls = null;
            PyObject getObj = null;
            if (!name.equals("__dict__")) {
                try {
                    getObj = Abstract.getAttr(cls, name);
                } catch (PyException e) {
                    getObj = null;
                }
            }
            if (getObj != null) {
                PyObject objclass = Inspect.attr(getObj, "__objclass__");
                if (objclass instanceof PyType && contains(mro, (PyType) objclass)) {
                    homecls = (PyType) objclass;
                } else {
                    for (PyType c : mro) {
                        if (Inspect.attr(c, name) == getObj) {
                            homecls = c;
                        }
                    }
                }
            }
            PyObject dictObj = null;
            for (PyType base : mro) {
                PyObject v = Inspect.ownAttr(base, name);
                if (v != null) {
                    dictObj = v;
                    homecls = base;
                    break;
                }
            }
            if (homecls == null) {
                continue;
            }
            // inspect: "get_obj if get_obj is not None else dict_obj", so a getter giving None on the class shows its descriptor
            PyObject obj = getObj != null && getObj != dev.snakebox.objects.PyNone.NONE ? getObj : dictObj;
            String kind;
            if (dictObj != null && (Inspect.isStaticMethod(dictObj) || dictObj instanceof PyBuiltinFunction)) {
                kind = "static method";
                obj = dictObj;
            } else if (dictObj != null && Inspect.isClassMethod(dictObj)) {
                kind = "class method";
                obj = dictObj;
            } else if (dictObj != null && Inspect.isProperty(dictObj)) {
                kind = "property";
                obj = dictObj;
            } else if (Inspect.isRoutine(obj)) {
                kind = "method";
            } else {
                kind = "data";
            }
            // pydoc's fix-ups
            if (Inspect.isDataDescriptor(obj)) {
                kind = "data descriptor";
                if (Inspect.isProperty(obj) && Inspect.attr(obj, "fset") == dev.snakebox.objects.PyNone.NONE) {
                    kind = "readonly property";
                }
            } else if (kind.equals("method") && Inspect.isBoundMethod(obj)) {
                kind = "static method";
            }
            result.add(new Attr(name, kind, homecls, obj));
        }
        return result;
    }

    private static boolean contains(PyType[] mro, PyType t) {
        for (PyType c : mro) {
            if (c == t) {
                return true;
            }
        }
        return false;
    }

    /** {@code dir(cls)}: sorted names. */
    static List<String> dir(PyObject cls) {
        List<String> names = new ArrayList<>();
        for (PyObject n : Abstract.toArray(Abstract.call(Abstract.getAttr(cls.type(), "__dir__"), cls))) {
            if (n instanceof PyStr) {
                names.add(((PyStr) n).value());
            }
        }
        names.sort(null);
        return names;
    }

    /** {@code sort_attributes}: by position in {@code _fields} (a named tuple's) and then by name. */
    static void sort(List<Attr> attrs, PyObject object) {
        Map<String, Integer> order = new HashMap<>();
        PyObject fields = Inspect.attr(object, "_fields");
        if (fields != null) {
            try {
                PyObject[] fs = Abstract.toArray(fields);
                for (int i = 0; i < fs.length; i++) {
                    if (fs[i] instanceof PyStr) {
                        order.put(((PyStr) fs[i]).value(), i - fs.length);
                    }
                }
            } catch (PyException e) {
                order.clear();
            }
        }
        attrs.sort((a, b) -> {
            int c = Integer.compare(order.getOrDefault(a.name, 0), order.getOrDefault(b.name, 0));
            return c != 0 ? c : a.name.compareTo(b.name);
        });
    }
}
