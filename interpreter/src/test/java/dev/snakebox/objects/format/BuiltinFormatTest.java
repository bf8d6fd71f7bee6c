package dev.snakebox.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.objects.FloatRepr;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code format(value, spec)} for int, bool, float, complex and str against CPython 3.13 (spec_int_str_cases.jsonl, spec_float_complex_cases.jsonl). */
class BuiltinFormatTest {
    private static final FormatHost HOST = TestHost.INSTANCE;

    private static String format(PyObject value, String spec) {
        if (value instanceof PyInt) {
            return BuiltinFormat.formatInt((PyInt) value, spec, HOST);
        }
        if (value instanceof PyFloat) {
            return BuiltinFormat.formatFloat((PyFloat) value, spec, HOST);
        }
        if (value instanceof PyComplex) {
            return BuiltinFormat.formatComplex((PyComplex) value, spec, HOST);
        }
        return BuiltinFormat.formatStr((PyStr) value, spec, HOST);
    }

    private static void checkKind(Class<?> kind) {
        FormatCases.Failures failures = new FormatCases.Failures();
        for (Map<String, Object> row : FormatCases.readSpecCases()) {
            run(row, kind, failures);
        }
        for (Map<String, Object> row : FormatCases.read("wide_cases.jsonl")) {
            if ("spec".equals(row.get("kind"))) {
                run(row, kind, failures);
            }
        }
        failures.assertNone();
    }

    private static void run(Map<String, Object> row, Class<?> kind, FormatCases.Failures failures) {
        PyObject value = TestValues.decode(row.get("v"));
        if (!kind.isInstance(value)) {
            return;
        }
        String spec = (String) row.get("s");
        failures.check("format(" + describe(value) + ", " + new PyStr(spec).repr() + ")",
                FormatCases.expected(row), FormatCases.outcome(() -> format(value, spec)));
    }

    /** The value for a failure message (repr, but hexadecimal for ints too long for str). */
    private static String describe(PyObject value) {
        if (value instanceof PyInt && ((PyInt) value).big != null) {
            return "0x" + ((PyInt) value).big.toString(16);
        }
        return value.repr();
    }

    @Test
    void intAndBoolMatchCPython() {
        checkKind(PyInt.class);
    }

    @Test
    void floatMatchesCPython() {
        checkKind(PyFloat.class);
    }

    @Test
    void complexMatchesCPython() {
        checkKind(PyComplex.class);
    }

    @Test
    void strMatchesCPython() {
        checkKind(PyStr.class);
    }

    @Test
    void emptySpecOfAFloatIsItsRepr() {
        for (double x : new double[] {0.1, -0.0, 1e16, 1e-5, 123.0, Double.NaN, Double.NEGATIVE_INFINITY}) {
            assertEquals(FloatRepr.repr(x), BuiltinFormat.formatFloat(new PyFloat(x), "", HOST));
        }
    }

    @Test
    void objectFormatAcceptsOnlyTheEmptySpec() {
        assertEquals("None", BuiltinFormat.formatObject(PyNone.NONE, "", HOST));
        assertEquals("e:TypeError: unsupported format string passed to NoneType.__format__",
                FormatCases.outcome(() -> BuiltinFormat.formatObject(PyNone.NONE, ">5", HOST)));
    }

    @Test
    void hugeWidthIsAMemoryErrorNotAJavaOne() {
        assertEquals("e:MemoryError: ", FormatCases.outcome(() -> format(PyInt.of(1), "999999999999")));
        assertEquals("e:MemoryError: ", FormatCases.outcome(() -> format(PyStr.of("a"), "<999999999999")));
        assertEquals("e:MemoryError: ", FormatCases.outcome(() -> format(new PyFloat(1), ".999999999f")));
    }

    @Test
    void caseFilesCoverTheirKinds() {
        List<Map<String, Object>> rows = FormatCases.readSpecCases();
        long errors = rows.stream().filter(r -> r.containsKey("e")).count();
        // most cases format; a good share check the errors
        assertEquals(true, rows.size() > 15000 && errors > 2000 && errors < rows.size() / 2, rows.size() + " " + errors);
    }
}
