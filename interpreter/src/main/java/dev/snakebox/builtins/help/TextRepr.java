package dev.snakebox.builtins.help;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PySet;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;

/**
 * pydoc's {@code TextRepr} over {@code reprlib.Repr} ({@code Lib/reprlib.py}): reprs shortened to
 * 100 characters (strings and others), 20 items of lists and tuples, 10 of dicts, 6 of sets,
 * nesting to level 6, object ids stripped.
 */
final class TextRepr {
    private TextRepr() {}

    private static final int MAX_LEVEL = 6;
    private static final int MAX_LIST = 20;
    private static final int MAX_DICT = 10;
    private static final int MAX_SET = 6;
    private static final int MAX_STRING = 100;
    private static final int MAX_OTHER = 100;
    private static final int MAX_LONG = 40;

    static String repr(PyObject x) {
        return repr1(x, MAX_LEVEL);
    }

    private static String repr1(PyObject x, int level) {
        String type = x.type().name;
        if (x instanceof PyStr && type.equals("str")) {
            return reprString(((PyStr) x).value());
        }
        if (x instanceof PyInt && type.equals("int")) {
            String s = Abstract.repr(x).value();
            if (s.length() > MAX_LONG) {
                int i = Math.max(0, (MAX_LONG - 3) / 2);
                int j = Math.max(0, MAX_LONG - 3 - i);
                s = s.substring(0, i) + "..." + s.substring(s.length() - j);
            }
            return s;
        }
        if (x instanceof PyTuple && type.equals("tuple")) {
            PyObject[] items = ((PyTuple) x).toArray();
            return iterable(items, level, "(", items.length == 1 ? ",)" : ")", MAX_LIST);
        }
        if (x instanceof PyList && type.equals("list")) {
            return iterable(Abstract.toArray(x), level, "[", "]", MAX_LIST);
        }
        if (x instanceof PySet && type.equals("set")) {
            PyObject[] items = Abstract.toArray(x);
            return items.length == 0 ? "set()" : iterable(items, level, "{", "}", MAX_SET);
        }
        if (x instanceof PyFrozenSet && type.equals("frozenset")) {
            PyObject[] items = Abstract.toArray(x);
            return items.length == 0 ? "frozenset()" : iterable(items, level, "frozenset({", "})", MAX_SET);
        }
        if (x instanceof PyDict && type.equals("dict")) {
            return dict((PyDict) x, level);
        }
        return cram(stripId(Abstract.repr(x).value()), MAX_OTHER);
    }

    /** {@code repr_string}: a raw string when backslashes are all literal. */
    private static String reprString(String x) {
        String test = cram(x, MAX_STRING);
        String testRepr = Abstract.repr(PyStr.of(test)).value();
        if (test.indexOf('\\') >= 0 && testRepr.replace("\\\\", "").indexOf('\\') < 0) {
            return "r" + testRepr.charAt(0) + test + testRepr.charAt(0);
        }
        return testRepr;
    }

    /** {@code _repr_iterable}. */
    private static String iterable(PyObject[] items, int level, String left, String right, int max) {
        int n = items.length;
        if (level <= 0 && n > 0) {
            return left + "..." + right;
        }
        StringBuilder sb = new StringBuilder(left);
        int shown = Math.min(n, max);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr1(items[i], level - 1));
        }
        if (n > max) {
            sb.append(", ...");
        }
        return sb.append(right).toString();
    }

    private static String dict(PyDict d, int level) {
        PyObject[] keys = Abstract.toArray(d);
        int n = keys.length;
        if (n == 0) {
            return "{}";
        }
        if (level <= 0) {
            return "{...}";
        }
        StringBuilder sb = new StringBuilder("{");
        int shown = Math.min(n, MAX_DICT);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr1(keys[i], level - 1)).append(": ").append(repr1(Abstract.getItem(d, keys[i]), level - 1));
        }
        if (n > MAX_DICT) {
            sb.append(", ...");
        }
        return sb.append("}").toString();
    }

    /** pydoc's {@code cram}: the middle replaced by "..." to fit {@code max}. */
    static String cram(String x, int max) {
        if (x.length() > max) {
            int i = Math.max(0, (max - 3) / 2);
            int j = Math.max(0, max - 3 - i);
            return x.substring(0, i) + "..." + x.substring(x.length() - j);
        }
        return x;
    }

    /** pydoc's {@code stripid}: " at 0x..." before the closing ">" removed. */
    static String stripId(String text) {
        int at = text.lastIndexOf(" at 0x");
        if (at < 0) {
            return text;
        }
        int i = at + 6;
        int start = i;
        while (i < text.length() && Character.digit(text.charAt(i), 16) >= 0) {
            i++;
        }
        int digits = i - start;
        int gt = i;
        while (i < text.length() && text.charAt(i) == '>') {
            i++;
        }
        if (digits >= 6 && digits <= 16 && i == text.length() && gt < i) {
            return text.substring(0, at) + text.substring(gt);
        }
        return text;
    }
}
