package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Mro}: CPython's C3 linearisation and its error message. */
class MroTest {
    private static PyType cls(String name, PyType... bases) {
        return (PyType) TypeNew.create(PyType.TYPE, name, PyTuple.of(bases), new PyDict(), new PyDict());
    }

    private static String names(PyType t) {
        StringBuilder sb = new StringBuilder();
        for (PyType m : t.mro()) {
            sb.append(m.name).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void diamond() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        PyType c = cls("C", a);
        PyType d = cls("D", b, c);
        assertEquals("D B C A object", names(d));
    }

    @Test
    void textbookExample() {
        PyType o = PyType.OBJECT;
        PyType f = cls("F", o);
        PyType e = cls("E", o);
        PyType dd = cls("D", o);
        PyType c = cls("C", dd, f);
        PyType b = cls("B", dd, e);
        PyType a = cls("A", b, c);
        assertEquals("A B C D E F object", names(a));
    }

    @Test
    void inconsistentOrderIsATypeError() {
        PyType x = cls("X");
        PyType y = cls("Y");
        PyType z = cls("Z", x, y);
        PyType w = cls("W", y, x);
        PyException e = assertThrows(PyException.class, () -> cls("Bad", z, w));
        assertEquals("Cannot create a consistent method resolution order (MRO) for bases X, Y", e.value.args.get(0).str());
        PyException dup = assertThrows(PyException.class, () -> cls("Dup", x, x));
        assertEquals("duplicate base class X", dup.value.args.get(0).str());
    }
}
