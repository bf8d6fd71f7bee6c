package dev.snakebox.objects;

import java.util.HashMap;

/**
 * {@code str}; CPython's {@code Objects/unicodeobject.c}. Holds a Java string (UTF-16); a
 * character outside the BMP is a surrogate pair there and one character in Python, so lengths
 * and indexes count code points ({@link #length}, {@link #offsetOf}), with a fast path for the
 * usual string that has no surrogates. The hash is computed once.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, PyType.BASETYPE, StrType::fill, StrType::define);
    public static final PyStr EMPTY = new PyStr("");
    /**
     * The longest string a program may build (2**28 UTF-16 units, 512 MiB): past it, MemoryError,
     * rather than exhausting the JVM heap or the browser tab.
     */
    public static final long MAX_LENGTH = 1L << 28;

    private static final HashMap<String, PyStr> INTERNED = new HashMap<>();
    private static final PyStr[] LATIN1 = new PyStr[256];

    public final String value;
    private long hash;
    private boolean hashed;
    /** 0 unknown, 1 no surrogates, 2 some. */
    private byte wide;

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() <= 1) {
            return s.isEmpty() ? EMPTY : ofChar(s.charAt(0));
        }
        return new PyStr(s);
    }

    /** The one-character string {@code c}; shared for Latin-1 characters, as CPython's are. */
    public static PyStr ofChar(char c) {
        if (c < 256) {
            PyStr s = LATIN1[c];
            if (s == null) {
                s = new PyStr(String.valueOf(c));
                LATIN1[c] = s;
            }
            return s;
        }
        return new PyStr(String.valueOf(c));
    }

    /** The one shared object for an identifier-like name (attribute and variable names). */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p == null) {
            p = new PyStr(s);
            INTERNED.put(s, p);
        }
        return p;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code hash(self)}, computed once. */
    public final long hash() {
        if (!hashed) {
            hash = PyHash.ofStr(value);
            hashed = true;
        }
        return hash;
    }

    /** Whether every character is in the BMP (then code point and UTF-16 indexes agree). */
    public final boolean isNarrow() {
        if (wide == 0) {
            wide = 1;
            for (int i = 0; i < value.length(); i++) {
                if (Character.isSurrogate(value.charAt(i))) {
                    wide = 2;
                    break;
                }
            }
        }
        return wide == 1;
    }

    @Override
    public String repr() {
        return StrRepr.repr(value);
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    /** Number of code points, as {@code len()} counts. */
    public int length() {
        return isNarrow() ? value.length() : value.codePointCount(0, value.length());
    }

    /** The UTF-16 offset of code point index {@code i} (0 .. length()). */
    public int offsetOf(int i) {
        return isNarrow() ? i : value.offsetByCodePoints(0, i);
    }

    /** The character (a one-code-point string) at code point index {@code i}. */
    public PyStr charAt(int i) {
        if (isNarrow()) {
            return ofChar(value.charAt(i));
        }
        int off = value.offsetByCodePoints(0, i);
        int cp = value.codePointAt(off);
        return new PyStr(new String(Character.toChars(cp)));
    }

    /** The code points {@code [from, to)} as a str. */
    public PyStr substring(int from, int to) {
        if (isNarrow()) {
            return of(value.substring(from, to));
        }
        int a = value.offsetByCodePoints(0, from);
        int b = value.offsetByCodePoints(a, to - from);
        return of(value.substring(a, b));
    }
}
