package dev.snakebox.modules;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ProgramHost;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyTuple;

/**
 * {@code time.sleep(secs)}; CPython's {@code time_sleep} in {@code Modules/timemodule.c}, with the
 * conversion of {@code _PyTime_FromSecondsObject} in {@code Python/pytime.c} (to nanoseconds,
 * rounded away from zero as {@code _PyTime_ROUND_TIMEOUT} does). The waiting is the host's
 * ({@link ProgramHost#sleep}): the JVM blocks, the browser pauses the run. For the {@code time}
 * module: {@link #function()} is its {@code sleep}.
 */
public final class TimeSleep {
    private TimeSleep() {}

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** A new {@code sleep} function for a {@code time} module. */
    public static PyBuiltinFunction function() {
        PyBuiltinFunction[] fn = new PyBuiltinFunction[1];
        fn[0] = new PyBuiltinFunction("sleep", (self, args, start, nargs, kwnames) -> call(fn[0], args, start, nargs, kwnames));
        fn[0].module = "time";
        return fn[0];
    }

    private static PyObject call(PyObject fn, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("time.sleep() takes no keyword arguments");
        }
        if (nargs != 1) {
            throw Errors.typeError("time.sleep() takes exactly one argument (" + nargs + " given)");
        }
        ProgramHost.current().sleep(fn, nanos(args[start]));
        return PyNone.NONE;
    }

    /** The sleep length of {@code secs} in nanoseconds, with CPython's errors; never negative. */
    public static long nanos(PyObject secs) {
        long ns;
        if (secs instanceof PyFloat) {
            double d = ((PyFloat) secs).value;
            if (d != d) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            d *= NANOS_PER_SECOND;
            d = d >= 0 ? Math.ceil(d) : Math.floor(d);
            // PyTime_t is a 64-bit count of nanoseconds: [-2**63, 2**63)
            if (!(d >= -0x1p63 && d < 0x1p63)) {
                throw Errors.overflow("timestamp out of range for platform time_t");
            }
            ns = (long) d;
        } else {
            PyInt i = Abstract.index(secs);
            if (i.big != null || i.value < Long.MIN_VALUE / NANOS_PER_SECOND || i.value > Long.MAX_VALUE / NANOS_PER_SECOND) {
                throw Errors.overflow("timestamp too large to convert to C PyTime_t");
            }
            ns = i.value * NANOS_PER_SECOND;
        }
        if (ns < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        return ns;
    }
}
