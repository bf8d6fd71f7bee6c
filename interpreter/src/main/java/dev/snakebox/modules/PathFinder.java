package dev.snakebox.modules;

import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a module's source in the path entries; CPython's {@code PathFinder.find_spec} and
 * {@code FileFinder.find_spec} ({@code Lib/importlib/_bootstrap_external.py}) for source files
 * only: in each folder, {@code NAME/__init__.py} (a package), then {@code NAME.py}; a folder
 * {@code NAME} without {@code __init__.py} is remembered as a portion of a namespace package,
 * which is what the name is when no entry holds a module or package of that name.
 */
final class PathFinder {
    private PathFinder() {}

    static ModuleSpec find(FileSystem files, String fullname, PyObject[] entries) {
        String tail = fullname.substring(fullname.lastIndexOf('.') + 1);
        List<String> portions = new ArrayList<>();
        for (PyObject entry : entries) {
            if (!(entry instanceof PyStr)) {
                continue; // CPython skips entries that are not str (or bytes)
            }
            String dir = files.absolute(((PyStr) entry).value());
            if (!files.isDirectory(dir)) {
                continue;
            }
            String base = FileSystem.join(dir, tail);
            if (files.isDirectory(base)) {
                String init = FileSystem.join(base, "__init__.py");
                if (files.isFile(init)) {
                    return ModuleSpec.packageDir(fullname, init, base);
                }
            }
            String file = base + ".py";
            if (files.isFile(file)) {
                return ModuleSpec.sourceFile(fullname, file);
            }
            if (files.isDirectory(base)) {
                portions.add(base);
            }
        }
        return portions.isEmpty() ? null : ModuleSpec.namespace(fullname, portions);
    }
}
