package dev.snakebox.modules;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.Signature;
import dev.snakebox.objects.text.UnicodeData;
import dev.snakebox.objects.text.UnicodeNames;
import dev.snakebox.objects.text.UnicodeNormalization;
import dev.snakebox.objects.text.Utf16;
import java.nio.charset.StandardCharsets;

/**
 * The {@code unicodedata} module (Unicode 15.1); CPython's {@code Modules/unicodedata.c}: the
 * names ({@link UnicodeNames}), the properties ({@link UnicodeData}) and the normalization forms
 * ({@link UnicodeNormalization}), each read from its data file on first use. Not here: the
 * {@code UCD} type and {@code ucd_3_2_0} (the Unicode 3.2 database IDNA uses), and
 * {@code _ucnhash_CAPI}.
 */
final class UnicodedataModule {
    private UnicodedataModule() {}

    /** {@code NAME_MAXLEN}: the longest name lookup() reads, in UTF-8 bytes. */
    private static final int NAME_MAXLEN = 256;

    static PyModule create() {
        PyDict ns = new PyDict();
        ns.putStr(PyStr.intern("__name__"), PyStr.of("unicodedata"));
        ns.putStr(PyStr.intern("__doc__"), PyStr.of(DOC));
        ns.putStr(PyStr.intern("unidata_version"), PyStr.of("15.1.0"));
        function(ns, "name(chr, default=?, /)", (self, a) -> {
            String n = UnicodeNames.name(character("name() argument 1", a[0]));
            if (n != null) {
                return PyStr.of(n);
            }
            if (a[1] != null) {
                return a[1];
            }
            throw Errors.valueError("no such name");
        });
        function(ns, "lookup(name, /)", (self, a) -> lookup(a[0]));
        function(ns, "category(chr, /)",
                (self, a) -> PyStr.of(UnicodeData.category(character("category() argument", a[0]))));
        function(ns, "bidirectional(chr, /)",
                (self, a) -> PyStr.of(UnicodeData.bidirectional(character("bidirectional() argument", a[0]))));
        function(ns, "east_asian_width(chr, /)",
                (self, a) -> PyStr.of(UnicodeData.eastAsianWidth(character("east_asian_width() argument", a[0]))));
        function(ns, "combining(chr, /)",
                (self, a) -> PyInt.of(UnicodeData.combining(character("combining() argument", a[0]))));
        function(ns, "mirrored(chr, /)",
                (self, a) -> PyInt.of(UnicodeData.mirrored(character("mirrored() argument", a[0])) ? 1 : 0));
        function(ns, "decomposition(chr, /)",
                (self, a) -> PyStr.of(UnicodeData.decomposition(character("decomposition() argument", a[0]))));
        function(ns, "decimal(chr, default=?, /)", (self, a) -> {
            int v = UnicodeData.decimal(character("decimal() argument 1", a[0]));
            return v >= 0 ? PyInt.of(v) : orDefault(a[1], "not a decimal");
        });
        function(ns, "digit(chr, default=?, /)", (self, a) -> {
            int v = UnicodeData.digit(character("digit() argument 1", a[0]));
            return v >= 0 ? PyInt.of(v) : orDefault(a[1], "not a digit");
        });
        function(ns, "numeric(chr, default=?, /)", (self, a) -> {
            long[] v = UnicodeData.numeric(character("numeric() argument 1", a[0]));
            // the table's value is the C expression (double) N / D
            return v != null ? new PyFloat((double) v[0] / (double) v[1]) : orDefault(a[1], "not a numeric character");
        });
        function(ns, "normalize(form, unistr, /)", (self, a) -> {
            String f = string("normalize() argument 1", a[0]);
            String s = string("normalize() argument 2", a[1]);
            if (s.isEmpty()) {
                return a[1]; // before the form is checked, as CPython
            }
            return PyStr.of(UnicodeNormalization.normalize(form(f), s));
        });
        function(ns, "is_normalized(form, unistr, /)", (self, a) -> {
            String f = string("is_normalized() argument 1", a[0]);
            String s = string("is_normalized() argument 2", a[1]);
            if (s.isEmpty()) {
                return PyBool.TRUE; // before the form is checked, as CPython
            }
            return PyBool.of(UnicodeNormalization.normalize(form(f), s).equals(s));
        });
        PyModule m = new PyModule("unicodedata", ns);
        m.origin = PyModule.BUILT_IN;
        return m;
    }

    /**
     * A function of the module, whose messages name it where CPython's do:
     * "unicodedata.category() takes exactly one argument (2 given)", "unicodedata.normalize() takes
     * no keyword arguments".
     */
    private static void function(PyDict ns, String signature, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(Signature.parse(signature).owner("unicodedata"), body);
        ns.putStr(PyStr.intern(f.name), f);
    }

    private static final String DOC = "This module provides access to the Unicode Character Database which\n"
            + "defines character properties for all Unicode characters. The data in\n"
            + "this database is based on the UnicodeData.txt file version\n"
            + "15.1.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
            + "The module uses the same names and symbols as defined by the\n"
            + "UnicodeData File Format 15.1.0.";

    /** {@code unicodedata.lookup}: by name or alias, or a named sequence. */
    private static PyObject lookup(PyObject arg) {
        String name;
        int utf8Length;
        if (arg instanceof PyStr) {
            name = ((PyStr) arg).value();
            utf8Length = name.getBytes(StandardCharsets.UTF_8).length;
        } else if (arg instanceof PyBytes) {
            byte[] b = ((PyBytes) arg).toByteArray();
            name = new String(b, StandardCharsets.UTF_8);
            utf8Length = b.length;
        } else {
            throw Errors.typeError("a bytes-like object is required, not '" + arg.type().name + "'");
        }
        if (utf8Length > NAME_MAXLEN) {
            throw Errors.keyError(PyStr.of("name too long"));
        }
        String found = UnicodeNames.lookup(name);
        if (found == null) {
            throw Errors.keyError(PyStr.of("undefined character name '" + name + "'"));
        }
        return PyStr.of(found);
    }

    private static PyObject orDefault(PyObject dflt, String message) {
        if (dflt != null) {
            return dflt;
        }
        throw Errors.valueError(message);
    }

    /** The code point of a one-character str; otherwise "WHAT must be a unicode character, not T". */
    private static int character(String what, PyObject o) {
        if (o instanceof PyStr) {
            String s = ((PyStr) o).value();
            if (!s.isEmpty()) {
                int cp = Utf16.codePointAt(s, 0);
                if (Utf16.units(cp) == s.length()) {
                    return cp;
                }
            }
        }
        throw Errors.typeError(what + " must be a unicode character, not " + typeName(o));
    }

    private static String string(String what, PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Errors.typeError(what + " must be str, not " + typeName(o));
    }

    /** How {@code _PyArg_BadArgument} names the type of a wrong argument: None is "None". */
    private static String typeName(PyObject o) {
        return o == PyNone.NONE ? "None" : o.type().name;
    }

    /** The normalization form: one of the four, or "invalid normalization form". */
    private static String form(String f) {
        if (f.equals("NFC") || f.equals("NFKC") || f.equals("NFD") || f.equals("NFKD")) {
            return f;
        }
        throw Errors.valueError("invalid normalization form");
    }
}
