package dev.snakebox.modules;

import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyStr;

/**
 * The {@code time} module, as far as a program in a page needs it: the clocks ({@code time},
 * {@code monotonic}, {@code perf_counter}, {@code process_time} and their {@code _ns} forms) and
 * {@code sleep} ({@link TimeSleep}, which pauses a browser run); CPython's
 * {@code Modules/timemodule.c}. The calendar functions ({@code localtime}, {@code strftime}...)
 * are not here yet (differences/time-module.md).
 */
final class TimeModule {
    private TimeModule() {}

    /** The monotonic clocks count from the module's creation, as CPython's count from an arbitrary point. */
    private static final long ORIGIN = System.nanoTime();

    static PyModule create() {
        PyDict ns = new PyDict();
        ns.putStr(PyStr.intern("__name__"), PyStr.of("time"));
        ns.putStr(PyStr.intern("__doc__"), PyStr.of("time module"));
        PyBuiltinFunction.define(ns, "time()", (self, a) -> new PyFloat(System.currentTimeMillis() / 1000.0));
        PyBuiltinFunction.define(ns, "time_ns()", (self, a) -> PyInt.of(System.currentTimeMillis() * 1_000_000L));
        for (String clock : new String[] {"monotonic", "perf_counter", "process_time"}) {
            PyBuiltinFunction.define(ns, clock + "()", (self, a) -> new PyFloat((System.nanoTime() - ORIGIN) / 1e9));
            PyBuiltinFunction.define(ns, clock + "_ns()", (self, a) -> PyInt.of(System.nanoTime() - ORIGIN));
        }
        ns.putStr(PyStr.intern("sleep"), TimeSleep.function());
        PyModule m = new PyModule("time", ns);
        m.origin = PyModule.BUILT_IN;
        return m;
    }

}
