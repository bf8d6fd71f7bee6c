package dev.snakebox.objects.docs;

import dev.snakebox.data.DataFiles;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import java.util.HashMap;
import java.util.Map;

/**
 * The docstrings and text signatures of the built-ins, CPython's {@code tp_doc} / {@code ml_doc}
 * texts ({@code _PyType_GetDocFromInternalDoc}, {@code _PyType_GetTextSignatureFromInternalDoc}
 * in {@code Objects/typeobject.c}), read on first use from the generated {@code docstrings.txt}
 * (see {@code interpreter/src/tools/gen_docstrings.py}): a file of its own, so that a program that
 * never asks for a docstring pays nothing, and the browser engine's download does not carry them
 * ({@link DataFiles}). Without the file every docstring is None.
 *
 * <p>Keys: a type's {@code tp_name} ({@code "int"}), {@code "tp_name.attr"} for what the type's
 * dict holds ({@code "int.__add__"}), {@code "module.name"} for a module's function
 * ({@code "sys.exit"}), a bare name for a function of builtins ({@code "len"}), and
 * {@code "@module"} for a built-in module's own docstring.
 */
public final class DocStrings {
    private DocStrings() {}

    private static final char RS = '\u001e';
    private static final char US = '\u001f';
    private static final char GS = '\u001d';

    /** The data file of the texts. */
    private static final String FILE = "docstrings.txt";

    /** key -> {signature or null, doc}; built on first use. */
    private static Map<String, String[]> table;

    /** The docstring recorded under {@code key}, or null (the object's {@code __doc__} is None). */
    public static String doc(String key) {
        String[] e = entry(key);
        return e == null ? null : e[1];
    }

    /** The {@code __text_signature__} recorded under {@code key} ({@code "($module, obj, /)"}), or null. */
    public static String textSignature(String key) {
        String[] e = entry(key);
        return e == null ? null : e[0];
    }

    /** {@code __doc__} of what is recorded under {@code key}: a str, or None. */
    public static PyObject docAttr(String key) {
        String d = doc(key);
        return d == null ? PyNone.NONE : PyStr.of(d);
    }

    /** {@code __text_signature__} of what is recorded under {@code key}: a str, or None. */
    public static PyObject signatureAttr(String key) {
        String s = textSignature(key);
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    /** The key of a built-in type's attribute. */
    public static String attrKey(String typeName, String attr) {
        return typeName + "." + attr;
    }

    /** Types whose slot wrappers carry every slotdefs text between them. */
    private static final String[] SLOT_DONORS = {"object", "int", "list", "dict", "type", "float", "str", "complex", "property",
        "BaseException", "generator", "range", "bytes", "function"};

    /**
     * The key of a slot wrapper's docstring: {@code typeName.slot} when recorded, else that slot
     * of a type that has it, as every type's wrapper of one slot has the same slotdefs text.
     */
    public static String slotKey(String typeName, String slot) {
        String key = attrKey(typeName, slot);
        if (entry(key) != null) {
            return key;
        }
        for (String donor : SLOT_DONORS) {
            String k = attrKey(donor, slot);
            if (entry(k) != null) {
                return k;
            }
        }
        return key;
    }

    private static String[] entry(String key) {
        if (table == null) {
            String data = DataFiles.read(FILE);
            // the first line says how the file was made
            int body = data == null ? -1 : data.indexOf('\n');
            table = body < 0 ? new HashMap<>() : parse(data.substring(body + 1));
        }
        return table.get(key);
    }

    private static Map<String, String[]> parse(String data) {
        Map<String, String[]> map = new HashMap<>();
        java.util.List<String> docs = new java.util.ArrayList<>();
        int pos = 0;
        int n = data.length();
        while (pos < n) {
            int end = data.indexOf(RS, pos);
            if (end < 0) {
                end = n;
            }
            int us1 = data.indexOf(US, pos);
            int us2 = data.indexOf(US, us1 + 1);
            String key = data.substring(pos, us1);
            String sig = us2 == us1 + 1 ? null : data.substring(us1 + 1, us2);
            String doc;
            if (us2 + 2 == end && data.charAt(us2 + 1) == GS) {
                doc = null; // a signature without a doc
            } else if (us2 + 1 < end && data.charAt(us2 + 1) == GS) {
                doc = docs.get(Integer.parseInt(data.substring(us2 + 2, end)));
            } else {
                doc = data.substring(us2 + 1, end);
            }
            docs.add(doc);
            map.put(key, new String[] {sig, doc});
            pos = end + 1;
        }
        return map;
    }
}
