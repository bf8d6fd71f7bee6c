package dev.snakebox.modules;

import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registry of built-in modules: name and factory, one line each; CPython's
 * {@code _PyImport_Inittab} ({@code Modules/config.c}). A factory runs on the module's first
 * import in a run ({@code BuiltinImporter.create_module}) and makes its {@link PyModule}
 * (see {@link NativeModule} for the usual way). No reflection, no scanning: adding a module is
 * adding its line to {@link #REGISTRY}.
 */
public final class BuiltinModules {
    private BuiltinModules() {}

    /** Makes a built-in module for the running program. */
    public interface Factory {
        PyModule create(Importer importer);
    }

    private static final class Entry {
        final String name;
        final Factory factory;

        Entry(String name, Factory factory) {
            this.name = name;
            this.factory = factory;
        }
    }

    private static Entry module(String name, Factory factory) {
        return new Entry(name, factory);
    }

    /** The built-in modules, one per line. ({@code builtins} itself is made by the {@link Importer}.) */
    private static final Entry[] REGISTRY = {
        module("builtins", Importer::builtinsModule),
        module("sys", SysModule::create),
        module("__future__", i -> SourceModule.create(i, "__future__")),
        module("dis", i -> DisModule.create()),
        module("time", i -> TimeModule.create()),
        module("unicodedata", i -> UnicodedataModule.create()),
        module("_warnings", WarningsCModule::create),
        module("warnings", i -> SourceModule.create(i, "warnings")),
        module("copyreg", i -> SourceModule.create(i, "copyreg")),
        module("copy", i -> SourceModule.create(i, "copy")),
    };

    static boolean isBuiltin(String name) {
        return find(name) != null;
    }

    static PyModule create(String name, Importer importer) {
        Entry e = find(name);
        PyModule m = e.factory.create(importer);
        dev.snakebox.objects.PyBuiltinFunction.adoptAll(m);
        return m;
    }

    private static Entry find(String name) {
        for (Entry e : REGISTRY) {
            if (e.name.equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** {@code sys.builtin_module_names}: sorted, as CPython's. */
    public static PyTuple names() {
        List<String> names = new ArrayList<>();
        for (Entry e : REGISTRY) {
            names.add(e.name);
        }
        String[] sorted = names.toArray(new String[0]);
        Arrays.sort(sorted);
        PyStr[] items = new PyStr[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            items[i] = PyStr.intern(sorted[i]);
        }
        return PyTuple.of(items);
    }
}
