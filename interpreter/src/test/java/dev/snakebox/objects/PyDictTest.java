package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link PyDict}: insertion order through deletes and growth, equal keys, and the keys version. */
class PyDictTest {
    private static PyStr s(String v) {
        return PyStr.of(v);
    }

    private static String keys(PyDict d) {
        StringBuilder sb = new StringBuilder();
        for (PyObject k : d.keysArray()) {
            sb.append(k.repr()).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void keepsInsertionOrderThroughDeletesAndGrowth() {
        PyDict d = new PyDict();
        for (int i = 0; i < 100; i++) {
            d.put(PyInt.of(i * 7919 % 101), PyInt.of(i));
        }
        assertEquals(100, d.size());
        for (int i = 0; i < 100; i += 2) {
            assertSame(PyInt.of(i), d.remove(PyInt.of(i * 7919 % 101)));
        }
        d.put(PyInt.of(0), PyStr.of("back"));
        PyObject[] k = d.keysArray();
        assertEquals(51, k.length);
        assertEquals(PyInt.of(7919 % 101).repr(), k[0].repr());
        assertEquals("0", k[50].repr());
    }

    @Test
    void replacingAValueKeepsThePositionAndTheKeysVersion() {
        PyDict d = new PyDict();
        d.put(s("a"), PyInt.of(1));
        d.put(s("b"), PyInt.of(2));
        int version = d.keysVersion;
        d.put(s("a"), PyInt.of(3));
        assertEquals(version, d.keysVersion);
        assertEquals("'a' 'b'", keys(d));
        assertEquals("3", d.get(s("a")).repr());
        d.put(s("c"), PyInt.of(4));
        assertNotEquals(version, d.keysVersion);
        int v2 = d.keysVersion;
        d.remove(s("b"));
        assertNotEquals(v2, d.keysVersion);
    }

    @Test
    void equalNumbersAreOneKey() {
        PyDict d = new PyDict();
        d.put(PyInt.of(1), s("int"));
        d.put(new PyFloat(1.0), s("float"));
        d.put(PyBool.TRUE, s("bool"));
        assertEquals(1, d.size());
        assertEquals("1", keys(d));
        assertEquals("'bool'", d.get(PyInt.of(1)).repr());
    }

    @Test
    void strKeysFoundByValueNotIdentity() {
        PyDict d = new PyDict();
        d.putStr(PyStr.intern("name"), PyInt.of(1));
        assertEquals("1", d.getStr(new PyStr("name")).repr());
        assertNull(d.getStr(new PyStr("nam")));
        assertEquals(0, d.indexOfStr(new PyStr("name")));
    }

    @Test
    void popLastIsLastInFirstOut() {
        PyDict d = new PyDict();
        d.put(s("x"), PyInt.of(1));
        d.put(s("y"), PyInt.of(2));
        PyObject[] kv = d.popLast();
        assertEquals("'y'", kv[0].repr());
        d.put(s("z"), PyInt.of(3));
        assertEquals("'x' 'z'", keys(d));
    }

    @Test
    void reprOfNestedAndRecursiveDicts() {
        PyDict d = new PyDict();
        d.put(s("k"), PyTuple.of(PyInt.of(1)));
        d.put(s("self"), d);
        assertEquals("{'k': (1,), 'self': {...}}", d.repr());
    }
}
