package dev.snakebox.vm;

import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.ThreadState;

/**
 * Where a warning is issued from: the globals, file name and line of the Python frame
 * {@code stacklevel} levels up; the frame walk of CPython's {@code setup_context}
 * ({@code Python/_warnings.c}). Null fields when the stack is shorter (CPython then names
 * {@code <sys>}, line 0, with {@code sys.__dict__} as the globals).
 */
public final class WarningSite {
    /** The frame's globals, or null past the outermost frame. */
    public final PyDict globals;
    public final String filename;
    public final int lineno;

    private WarningSite(PyDict globals, String filename, int lineno) {
        this.globals = globals;
        this.filename = filename;
        this.lineno = lineno;
    }

    /**
     * The frame {@code stacklevel} levels up from the running one (1: the running one). As in
     * CPython, once past the first level frames of internal files ({@code importlib._bootstrap})
     * and files starting with one of {@code skipPrefixes} are not counted, unless the running
     * frame is itself internal.
     */
    public static WarningSite find(int stacklevel, PyTuple skipPrefixes) {
        Frame f = null;
        if (ThreadState.current().evaluator instanceof Interpreter) {
            f = ((Interpreter) ThreadState.current().evaluator).current;
        }
        if (stacklevel <= 0 || f == null || isInternal(f)) {
            while (--stacklevel > 0 && f != null) {
                f = f.back;
            }
        } else {
            while (--stacklevel > 0 && f != null) {
                f = nextExternal(f, skipPrefixes);
            }
        }
        if (f == null) {
            return new WarningSite(null, "<sys>", 0);
        }
        return new WarningSite(f.globals, f.code.filename(), f.code.positions(f.lasti)[0]);
    }

    /** {@code next_external_frame}: the caller, skipping internal and skipped files. */
    private static Frame nextExternal(Frame f, PyTuple skipPrefixes) {
        do {
            f = f.back;
        } while (f != null && (isInternal(f) || isSkipped(f.code.filename(), skipPrefixes)));
        return f;
    }

    /** {@code is_internal_filename}: a frame of the import machinery. */
    private static boolean isInternal(Frame f) {
        String name = f.code.filename();
        return name.contains("importlib") && name.contains("_bootstrap");
    }

    /** {@code is_filename_to_skip}. */
    private static boolean isSkipped(String filename, PyTuple prefixes) {
        if (prefixes == null) {
            return false;
        }
        for (int i = 0; i < prefixes.size(); i++) {
            if (prefixes.get(i) instanceof PyStr && filename.startsWith(((PyStr) prefixes.get(i)).value())) {
                return true;
            }
        }
        return false;
    }
}
