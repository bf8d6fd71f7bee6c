package dev.snakebox.objects.format;

import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python values decoded from the case files (see gen_format_cases.py for the encoding), with
 * small stand-ins for list, dict and an attribute holder until the object model has them.
 */
final class TestValues {
    private TestValues() {
    }

    static final PyType LIST = new PyType("list", PyType.OBJECT);
    static final PyType DICT = new PyType("dict", PyType.OBJECT);
    static final PyType OBJ = new PyType("Obj", PyType.OBJECT);
    static final PyType BYTEARRAY = new PyType("bytearray", PyType.OBJECT);

    /** A Python bytearray: content and repr. */
    static final class TestByteArray extends PyObject {
        final byte[] content;

        TestByteArray(byte[] content) {
            this.content = content;
        }

        @Override
        public PyType type() {
            return BYTEARRAY;
        }

        @Override
        public String repr() {
            return "bytearray(" + PyBytes.repr(content) + ")";
        }
    }

    /** A Python list: items and repr. */
    static final class TestList extends PyObject {
        final List<PyObject> items;

        TestList(List<PyObject> items) {
            this.items = items;
        }

        @Override
        public PyType type() {
            return LIST;
        }

        @Override
        public String repr() {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(items.get(i).repr());
            }
            return out.append(']').toString();
        }
    }

    /** A Python dict with str, bytes, int and bool keys, in insertion order. */
    static final class TestDict extends PyObject {
        final List<PyObject[]> entries;

        TestDict(List<PyObject[]> entries) {
            this.entries = entries;
        }

        @Override
        public PyType type() {
            return DICT;
        }

        PyObject get(PyObject key) {
            for (PyObject[] entry : entries) {
                if (sameKey(entry[0], key)) {
                    return entry[1];
                }
            }
            return null;
        }

        private static boolean sameKey(PyObject a, PyObject b) {
            if (a instanceof PyStr && b instanceof PyStr) {
                return ((PyStr) a).value().equals(((PyStr) b).value());
            }
            if (a instanceof PyBytes && b instanceof PyBytes) {
                return java.util.Arrays.equals(((PyBytes) a).toByteArray(), ((PyBytes) b).toByteArray());
            }
            if (a instanceof PyInt && b instanceof PyInt) {
                return ((PyInt) a).toBig().equals(((PyInt) b).toBig());
            }
            return false;
        }

        @Override
        public String repr() {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < entries.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(entries.get(i)[0].repr()).append(": ")
                        .append(entries.get(i)[1].repr());
            }
            return out.append('}').toString();
        }
    }

    /** An instance of a class with attributes only (never printed: its repr has an address). */
    static final class TestObject extends PyObject {
        final Map<String, PyObject> attributes;

        TestObject(Map<String, PyObject> attributes) {
            this.attributes = attributes;
        }

        @Override
        public PyType type() {
            return OBJ;
        }

        @Override
        public String repr() {
            throw new AssertionError("the repr of an Obj depends on its address");
        }
    }

    /** The Python value a case file encodes. */
    @SuppressWarnings("unchecked")
    static PyObject decode(Object json) {
        if (json == null) {
            return PyNone.NONE;
        }
        if (json instanceof Boolean) {
            return PyBool.of((Boolean) json);
        }
        if (json instanceof String) {
            return PyStr.of((String) json);
        }
        if (json instanceof List) {
            List<PyObject> items = new ArrayList<>();
            for (Object item : (List<Object>) json) {
                items.add(decode(item));
            }
            return new TestList(items);
        }
        Map<String, Object> map = (Map<String, Object>) json;
        if (map.containsKey("i")) {
            return PyInt.of(new BigInteger((String) map.get("i"), 16));
        }
        if (map.containsKey("f")) {
            return new PyFloat(fromBits((String) map.get("f")));
        }
        if (map.containsKey("c")) {
            List<Object> parts = (List<Object>) map.get("c");
            return new PyComplex(fromBits((String) parts.get(0)), fromBits((String) parts.get(1)));
        }
        if (map.containsKey("b")) {
            return new PyBytes(latin1((String) map.get("b")));
        }
        if (map.containsKey("ba")) {
            return new TestByteArray(latin1((String) map.get("ba")));
        }
        if (map.containsKey("t")) {
            return PyTuple.wrap(decodeAll((List<Object>) map.get("t")));
        }
        if (map.containsKey("d")) {
            List<PyObject[]> entries = new ArrayList<>();
            for (Object pair : (List<Object>) map.get("d")) {
                List<Object> kv = (List<Object>) pair;
                entries.add(new PyObject[] {decode(kv.get(0)), decode(kv.get(1))});
            }
            return new TestDict(entries);
        }
        if (map.containsKey("o")) {
            Map<String, PyObject> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map.get("o")).entrySet()) {
                attributes.put(e.getKey(), decode(e.getValue()));
            }
            return new TestObject(attributes);
        }
        throw new IllegalArgumentException("unknown value " + json);
    }

    static PyObject[] decodeAll(List<Object> items) {
        PyObject[] out = new PyObject[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = decode(items.get(i));
        }
        return out;
    }

    /** The bytes of a string of chars 0..255 (how the case files write bytes). */
    static byte[] latin1(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) s.charAt(i);
        }
        return out;
    }

    private static double fromBits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }
}
