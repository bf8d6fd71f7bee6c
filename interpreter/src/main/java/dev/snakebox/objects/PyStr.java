package dev.snakebox.objects;

import dev.snakebox.objects.text.CodePointIndex;
import dev.snakebox.objects.text.Utf16;
import java.util.HashMap;

/**
 * {@code str}; CPython's {@code Objects/unicodeobject.c}. Holds a Java string (UTF-16); a
 * character outside the BMP is a surrogate pair there and one character in Python, so lengths
 * and indexes count code points ({@link #length}, {@link #offsetOf}) through a
 * {@link CodePointIndex} built once (the shared empty one, and constant-time conversions, for the
 * usual string without surrogate pairs). The hash is computed once too.
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
    /** Where the code points sit in {@link #value}; null until first needed. */
    private CodePointIndex index;

    public PyStr(String value) {
        this.value = value;
    }

    /** The text as a Java string. New code reads it through this (the field is going private). */
    public final String value() {
        return value;
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

    /** The code point index of {@link #value}, computed once. */
    public final CodePointIndex index() {
        CodePointIndex ix = index;
        if (ix == null) {
            ix = CodePointIndex.of(value);
            index = ix;
        }
        return ix;
    }

    /** Whether no character is outside the BMP (then code point and UTF-16 indexes agree). */
    public final boolean isNarrow() {
        return index().isBmp();
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
        return index().length(value);
    }

    /** The UTF-16 offset of code point index {@code i} (0 .. length()). */
    public int offsetOf(int i) {
        return index().offset(i);
    }

    /** The character (a one-code-point string) at code point index {@code i}. */
    public PyStr charAt(int i) {
        CodePointIndex ix = index();
        if (ix.isBmp()) {
            return ofChar(value.charAt(i));
        }
        int off = ix.offset(i);
        int cp = Utf16.codePointAt(value, off);
        return cp < 0x10000 ? ofChar((char) cp) : new PyStr(value.substring(off, off + 2));
    }

    /** The code points {@code [from, to)} as a str. */
    public PyStr substring(int from, int to) {
        CodePointIndex ix = index();
        return of(value.substring(ix.offset(from), ix.offset(to)));
    }
}
