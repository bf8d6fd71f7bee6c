package dev.snakebox.builtins.help;

import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The class tree at the top of a module's CLASSES section: inspect's {@code getclasstree(classes,
 * unique=True)} and {@code walktree}, rendered by pydoc's {@code TextDoc.formattree}.
 */
final class ClassTree {
    private ClassTree() {}

    static String format(List<PyObject> classes, String modname) {
        Map<PyObject, List<PyObject>> children = new LinkedHashMap<>();
        List<PyObject> roots = new ArrayList<>();
        for (PyObject c : classes) {
            PyObject[] bases = ((PyType) c).bases().toArray();
            if (bases.length > 0) {
                for (PyObject parent : bases) {
                    List<PyObject> kids = children.computeIfAbsent(parent, k -> new ArrayList<>());
                    if (!kids.contains(c)) {
                        kids.add(c);
                    }
                    if (classes.contains(parent)) {
                        break;
                    }
                }
            } else if (!roots.contains(c)) {
                roots.add(c);
            }
        }
        for (PyObject parent : children.keySet()) {
            if (!classes.contains(parent)) {
                roots.add(parent);
            }
        }
        StringBuilder sb = new StringBuilder();
        walk(roots, children, null, "", modname, sb);
        return sb.toString();
    }

    private static void walk(List<PyObject> classes, Map<PyObject, List<PyObject>> children, PyObject parent, String prefix,
            String modname, StringBuilder sb) {
        List<PyObject> sorted = new ArrayList<>(classes);
        sorted.sort((a, b) -> {
            int c = String.valueOf(Inspect.strAttr(a, "__module__")).compareTo(String.valueOf(Inspect.strAttr(b, "__module__")));
            return c != 0 ? c : Inspect.name(a).compareTo(Inspect.name(b));
        });
        for (PyObject c : sorted) {
            sb.append(prefix).append(Inspect.className(c, modname));
            PyObject[] bases = ((PyType) c).bases().toArray();
            if (bases.length > 0 && !(bases.length == 1 && bases[0] == parent)) {
                List<String> names = new ArrayList<>();
                for (PyObject b : bases) {
                    names.add(Inspect.className(b, modname));
                }
                sb.append('(').append(String.join(", ", names)).append(')');
            }
            sb.append('\n');
            List<PyObject> kids = children.get(c);
            if (kids != null) {
                walk(kids, children, c, prefix + "    ", modname, sb);
            }
        }
    }
}
