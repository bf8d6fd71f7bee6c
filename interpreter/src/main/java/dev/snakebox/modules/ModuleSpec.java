package dev.snakebox.modules;

import java.util.List;

/**
 * What a finder found for a module name; the part of CPython's {@code ModuleSpec}
 * ({@code Lib/importlib/_bootstrap.py}) the loader needs. Not a Python object: modules' own
 * {@code __spec__} is None in Snakebox (differences/module-spec.md).
 */
final class ModuleSpec {
    final String name;
    /** A module of the {@link BuiltinModules} registry. */
    final boolean builtin;
    /** The source file ({@code origin}); null for built-in modules and namespace packages. */
    final String file;
    /** {@code submodule_search_locations}: the package's folders; null for a plain module. */
    final List<String> locations;

    private ModuleSpec(String name, boolean builtin, String file, List<String> locations) {
        this.name = name;
        this.builtin = builtin;
        this.file = file;
        this.locations = locations;
    }

    static ModuleSpec builtin(String name) {
        return new ModuleSpec(name, true, null, null);
    }

    static ModuleSpec sourceFile(String name, String file) {
        return new ModuleSpec(name, false, file, null);
    }

    static ModuleSpec packageDir(String name, String initFile, String dir) {
        return new ModuleSpec(name, false, initFile, List.of(dir));
    }

    static ModuleSpec namespace(String name, List<String> dirs) {
        return new ModuleSpec(name, false, null, dirs);
    }
}
