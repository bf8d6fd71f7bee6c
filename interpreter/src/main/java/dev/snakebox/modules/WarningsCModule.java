package dev.snakebox.modules;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;

/**
 * The {@code _warnings} module: {@code warn}, {@code warn_explicit} and the state they share
 * with {@code warnings} ({@code filters}, {@code _defaultaction}, {@code _onceregistry},
 * {@code _filters_mutated}); CPython's {@code Python/_warnings.c}. The work is done by the
 * run's {@link WarningsState}.
 */
final class WarningsCModule {
    private WarningsCModule() {}

    static PyModule create(Importer importer) {
        WarningsState st = importer.warnings;
        PyModule m = NativeModule.create("_warnings", "_warnings provides basic warning filtering support.\n"
                + "It is a helper module to speed up interpreter start-up.");
        NativeModule.put(m, "filters", st.filters);
        NativeModule.put(m, "_defaultaction", st.defaultAction);
        NativeModule.put(m, "_onceregistry", st.onceRegistry);
        NativeModule.fn(m, "warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=?)", (self, a) -> {
            PyObject category = WarningsState.category(a[0], a[1]);
            long level = Abstract.asIndexSized(a[2], true);
            PyTuple skip = null;
            if (a[4] != null) {
                if (!(a[4] instanceof PyTuple)) {
                    throw Errors.typeError("warn() argument 'skip_file_prefixes' must be tuple, not " + a[4].type().name);
                }
                skip = (PyTuple) a[4];
                if (skip.size() > 0 && level < 2) {
                    level = 2;
                }
                for (int i = 0; i < skip.size(); i++) {
                    if (!(skip.get(i) instanceof PyStr)) {
                        throw Errors.typeError("skip_file_prefixes must be a tuple of strs.");
                    }
                }
            }
            int stacklevel = level > Integer.MAX_VALUE ? Integer.MAX_VALUE : level < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) level;
            st.warn(category, a[0], stacklevel, a[3], skip);
            return PyNone.NONE;
        });
        NativeModule.fn(m, "warn_explicit(message, category, filename, lineno, module=None, registry=None,"
                + " module_globals=None, source=None)", (self, a) -> {
            if (!(a[2] instanceof PyStr)) {
                throw Errors.typeError("warn_explicit() argument 3 must be str, not " + a[2].type().name);
            }
            long lineno = Abstract.asIndexSized(a[3], true);
            if (a[5] != PyNone.NONE && !(a[5] instanceof PyDict)) {
                throw Errors.typeError("'registry' must be a dict or None");
            }
            PyObject module = a[4] == PyNone.NONE ? null : a[4];
            st.warnExplicit(a[1], a[0], a[2], (int) lineno, module, a[5], null, a[7]);
            return PyNone.NONE;
        });
        NativeModule.fn(m, "_filters_mutated()", (self, a) -> {
            st.filtersMutated();
            return PyNone.NONE;
        });
        // Helpers of the Python part (no re or linecache module yet): not in CPython's _warnings.
        NativeModule.fn(m, "_getline(filename, lineno)", (self, a) ->
                PyStr.of(st.getline(Abstract.str(a[0]).value(), (int) Abstract.asIndexSized(a[1], true))));
        NativeModule.fn(m, "_regex_match(pattern, string, ignorecase)", (self, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("expected string or bytes-like object, got '" + a[1].type().name + "'");
            }
            try {
                return PyBool.of(RegexMatch.matchesAtStart(((PyStr) a[0]).value(), ((PyStr) a[1]).value(),
                        Abstract.isTrue(a[2])));
            } catch (IllegalArgumentException e) {
                // re.error, which there is no re module to define yet
                throw Errors.valueError(e.getMessage());
            }
        });
        return m;
    }
}
