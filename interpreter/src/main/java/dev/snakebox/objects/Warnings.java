package dev.snakebox.objects;

/**
 * The one door through which the interpreter's own code issues a warning: CPython's
 * {@code PyErr_WarnEx} ({@code Python/_warnings.c}). The core types live below the VM and the
 * module system, so the machinery itself (filters, registries, display) is installed here by
 * the run ({@code modules.WarningsState}); without a run, warnings are dropped.
 */
public final class Warnings {
    private Warnings() {}

    /** What a run installs: {@code PyErr_WarnEx} over its filters. */
    public interface Machinery {
        /**
         * Issues {@code message} of {@code category} from the Python frame {@code stacklevel}
         * levels up (1: the frame running now). Throws the warning as an exception when a filter
         * says "error".
         */
        void warn(PyType category, String message, int stacklevel);
    }

    private static Machinery machinery;

    /** Installs the machinery (once, by the module system's class initialisation). */
    public static void install(Machinery m) {
        machinery = m;
    }

    /** {@code PyErr_WarnEx(category, message, stacklevel)}. */
    public static void warn(PyType category, String message, int stacklevel) {
        Machinery m = machinery;
        if (m != null) {
            m.warn(category, message, stacklevel);
        }
    }

    /** {@code PyErr_WarnEx(PyExc_DeprecationWarning, message, 1)}: the common case. */
    public static void deprecated(String message) {
        warn(ExceptionTypes.DeprecationWarning, message, 1);
    }
}
