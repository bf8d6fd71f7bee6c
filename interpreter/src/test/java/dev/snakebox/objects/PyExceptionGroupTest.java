package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link PyExceptionGroup}: construction, the class chosen, split by a matcher and the metadata of the parts. */
class PyExceptionGroupTest {
    private static PyBaseException exc(PyType t, String msg) {
        return PyBaseException.create(t, PyStr.of(msg));
    }

    private static PyExceptionGroup group(String msg, PyObject... excs) {
        return (PyExceptionGroup) Abstract.call(ExceptionTypes.BaseExceptionGroup, PyStr.of(msg), PyList.wrap(excs));
    }

    @Test
    void baseGroupOfExceptionsIsAnExceptionGroup() {
        assertSame(ExceptionTypes.ExceptionGroup, group("g", exc(ExceptionTypes.ValueError, "v")).type());
        assertSame(ExceptionTypes.BaseExceptionGroup, group("g", exc(ExceptionTypes.KeyboardInterrupt, "k")).type());
        assertEquals("g (2 sub-exceptions)",
                Abstract.str(group("g", exc(ExceptionTypes.ValueError, "a"), exc(ExceptionTypes.TypeError, "b"))).value());
    }

    @Test
    void constructorChecks() {
        PyException e = assertThrows(PyException.class,
                () -> Abstract.call(ExceptionTypes.ExceptionGroup, PyStr.of("g"), PyList.wrap(new PyObject[0])));
        assertEquals("second argument (exceptions) must be a non-empty sequence", e.value.str());
        e = assertThrows(PyException.class, () -> Abstract.call(ExceptionTypes.ExceptionGroup, PyStr.of("g"),
                PyList.wrap(new PyObject[] {exc(ExceptionTypes.KeyboardInterrupt, "k")})));
        assertEquals("Cannot nest BaseExceptions in an ExceptionGroup", e.value.str());
    }

    @Test
    void splitKeepsStructureAndMetadata() {
        PyBaseException v1 = exc(ExceptionTypes.ValueError, "1");
        PyBaseException t1 = exc(ExceptionTypes.TypeError, "2");
        PyExceptionGroup inner = group("inner", exc(ExceptionTypes.ValueError, "3"), t1);
        PyExceptionGroup eg = group("outer", v1, inner);
        PyBaseException cause = exc(ExceptionTypes.OSError, "c");
        eg.cause = cause;
        PyObject[] parts = PyExceptionGroup.split(eg, PyExceptionGroup.matcher(ExceptionTypes.ValueError), true);
        PyExceptionGroup match = (PyExceptionGroup) parts[0];
        PyExceptionGroup rest = (PyExceptionGroup) parts[1];
        assertSame(v1, match.excs.get(0));
        assertEquals("inner", Abstract.str(((PyExceptionGroup) match.excs.get(1)).msg).value());
        assertSame(t1, ((PyExceptionGroup) rest.excs.get(0)).excs.get(0));
        assertSame(cause, match.cause);
        assertEquals(true, match.suppressContext);
        assertSame(eg, PyExceptionGroup.split(eg, PyExceptionGroup.matcher(ExceptionTypes.Exception), true)[0]);
        assertNull(PyExceptionGroup.split(eg, PyExceptionGroup.matcher(ExceptionTypes.OSError), false)[0]);
    }

    @Test
    void badMatcher() {
        PyException e = assertThrows(PyException.class, () -> PyExceptionGroup.matcher(PyInt.of(1)));
        assertEquals("expected an exception type, a tuple of exception types, or a callable (other than a class)", e.value.str());
    }
}
