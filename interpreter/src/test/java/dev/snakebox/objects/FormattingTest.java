package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Formatting} through {@link RuntimeFormatHost}: the built-in types' __format__, %, str.format. */
class FormattingTest {
    @Test
    void formatsTheBuiltinTypes() {
        assertEquals("  0x2a", Abstract.format(PyInt.of(42), PyStr.of("#6x")).value());
        assertEquals("3.14", Abstract.format(new PyFloat(3.14159), PyStr.of(".2f")).value());
        assertEquals("1.0+2.0j", Abstract.format(new PyComplex(1, 2), PyStr.of(".1f")).value());
        assertEquals("*ab*", Abstract.format(PyStr.of("ab"), PyStr.of("*^4")).value());
        assertEquals("True", Abstract.format(PyBool.TRUE, PyStr.EMPTY).value());
        PyException e = assertThrows(PyException.class, () -> Abstract.format(PyNone.NONE, PyStr.of("x")));
        assertEquals("unsupported format string passed to NoneType.__format__", e.value.str());
    }

    @Test
    void percentAndFormatCallBackIntoObjects() {
        PyDict d = new PyDict();
        d.put(PyStr.of("k"), PyInt.of(7));
        assertEquals("07|7", Formatting.percent(PyStr.of("%(k)02d|%(k)s"), d).value());
        assertEquals("a 'b' 3", Formatting.format(PyStr.of("{} {!r} {x}"), new PyObject[] {PyStr.of("a"), PyStr.of("b")}, kw("x", PyInt.of(3))).value());
        PyException e = assertThrows(PyException.class, () -> Formatting.percent(PyStr.of("%d"), PyStr.of("s")));
        assertEquals("%d format: a real number is required, not str", e.value.str());
    }

    @Test
    void aTemplateWithoutFieldsComesBackAsItself() {
        PyStr plain = PyStr.of("no fields");
        assertSame(plain, Formatting.percent(plain, PyTuple.EMPTY));
        assertSame(plain, Formatting.format(plain, new PyObject[0], null));
        assertEquals("50%", Formatting.percent(PyStr.of("50%%"), PyTuple.EMPTY).value());
    }

    private static PyDict kw(String name, PyObject value) {
        PyDict d = new PyDict();
        d.put(PyStr.of(name), value);
        return d;
    }
}
