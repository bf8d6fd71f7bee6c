package dev.snakebox.objects;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decodes the value tokens of the case files written by gen_hash_cases.py. */
final class HashCaseValues {
    private final String[] tokens;
    private int pos;

    private HashCaseValues(String text) {
        this.tokens = text.split(" ");
    }

    /** Every value of a space-separated token list. */
    static List<PyObject> parseAll(String text) {
        HashCaseValues p = new HashCaseValues(text);
        List<PyObject> out = new ArrayList<>();
        while (p.pos < p.tokens.length) {
            out.add(p.next());
        }
        return out;
    }

    private PyObject next() {
        String t = tokens[pos++];
        if (t.startsWith("t")) {
            int n = Integer.parseInt(t.substring(1));
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = next();
            }
            return PyTuple.of(items);
        }
        String v = t.substring(2);
        switch (t.charAt(0)) {
            case 'i': return PyInt.of(new BigInteger(v));
            case 'b': return PyBool.of(v.equals("1"));
            case 'f': return new PyFloat(bitsToDouble(v));
            case 'c': {
                String[] parts = v.split(",");
                return new PyComplex(bitsToDouble(parts[0]), bitsToDouble(parts[1]));
            }
            case 's': return new PyStr(new String(hex(v), StandardCharsets.UTF_8));
            case 'y': return new PyBytes(hex(v));
            case 'n': return PyNone.NONE;
            default: throw new IllegalArgumentException("bad token " + t);
        }
    }

    private static double bitsToDouble(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
