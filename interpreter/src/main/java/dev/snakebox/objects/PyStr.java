package dev.snakebox.objects;

import dev.snakebox.objects.text.CodePointIndex;
import dev.snakebox.objects.text.HostText;
import dev.snakebox.objects.text.StrErrors;
import dev.snakebox.objects.text.Utf16;
import java.util.HashMap;

/**
 * {@code str}; CPython's {@code Objects/unicodeobject.c}. Holds a Java string (UTF-16); a
 * character outside the BMP is a surrogate pair there and one character in Python, so lengths
 * and indexes count code points ({@link #length}, {@link #offsetOf}) through a
 * {@link CodePointIndex} built once (the shared empty one, and constant-time conversions, for the
 * usual string without surrogate pairs). The hash is computed once too.
 *
 * <p>A long string made by {@code a + b} may instead be the first {@link #growingLength} characters
 * of a shared, growing buffer, so that {@code s += x} in a loop is linear as in CPython. CPython
 * resizes the left operand in place when nothing else refers to it; without reference counts we
 * append to the buffer when the left operand ends exactly where the buffer ends (its last
 * string), which no other string can observe since each one keeps its own length. The Java string
 * is cut from the buffer when first asked for ({@link #value()}).
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

    /** The text; null until first asked for when the text is in {@link #growing}. */
    private String value;
    /** The buffer this string is a prefix of, when made by concatenation; else null. */
    private StringBuilder growing;
    /** How many UTF-16 units of {@link #growing} are this string. */
    private int growingLength;
    private long hash;
    private boolean hashed;
    /** Where the code points sit in {@link #value}; null until first needed. */
    private CodePointIndex index;

    public PyStr(String value) {
        this.value = value;
    }

    private PyStr(StringBuilder growing, int length, CodePointIndex index) {
        this.growing = growing;
        this.growingLength = length;
        this.index = index;
    }

    /** The text as a Java string. */
    public final String value() {
        String v = value;
        if (v == null) {
            v = growing.substring(0, growingLength);
            value = v;
        }
        return v;
    }

    /** The length in UTF-16 units, without making the Java string. */
    final int utf16Length() {
        String v = value;
        return v != null ? v.length() : growingLength;
    }

    /** Below this many UTF-16 units a concatenation copies into a new string; from it on it grows a buffer. */
    private static final int GROW_FROM = 256;

    /**
     * {@code a + b} for two str (CPython's {@code PyUnicode_Concat}; the caller handles an empty
     * operand): appends to {@code a}'s buffer when {@code a} is its last string, starts a buffer
     * when the result is long, and otherwise copies.
     */
    public static PyStr concat(PyStr a, PyStr b) {
        String bv = b.value();
        long total = (long) a.utf16Length() + bv.length();
        if (total > MAX_LENGTH) {
            throw StrErrors.tooLong();
        }
        int n = (int) total;
        if (HostText.joinsNatively()) {
            // the JavaScript engine's strings are ropes: joining is constant time without a buffer
            return of(HostText.concat(a.value(), bv));
        }
        if (a.growing != null && a.growing.length() == a.growingLength) {
            a.growing.append(bv);
            return new PyStr(a.growing, n, bothBmp(a, b));
        }
        if (n < GROW_FROM) {
            return of(a.value().concat(bv));
        }
        // one and a half times the length: later appends are amortised constant time
        StringBuilder buffer = new StringBuilder((int) Math.min(MAX_LENGTH, total + (total >> 1) + 16));
        buffer.append(a.value()).append(bv);
        return new PyStr(buffer, n, bothBmp(a, b));
    }

    /** The shared BMP index when neither operand has a surrogate pair, else null (computed on demand). */
    private static CodePointIndex bothBmp(PyStr a, PyStr b) {
        // a string still in its buffer knows its index (set when made); others compute it once
        CodePointIndex ai = a.value != null ? a.index() : a.index;
        return ai != null && ai.isBmp() && b.index().isBmp() ? CodePointIndex.BMP : null;
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
            hash = PyHash.ofStr(value());
            hashed = true;
        }
        return hash;
    }

    /** The code point index of {@link #value()}, computed once. */
    public final CodePointIndex index() {
        CodePointIndex ix = index;
        if (ix == null) {
            ix = CodePointIndex.of(value());
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
        return StrRepr.repr(value());
    }

    @Override
    public String str() {
        return value();
    }

    @Override
    public boolean isTrue() {
        return utf16Length() != 0;
    }

    /** Number of code points, as {@code len()} counts. */
    public int length() {
        if (value == null && index == CodePointIndex.BMP) {
            return growingLength;
        }
        return index().length(value());
    }

    /** The UTF-16 offset of code point index {@code i} (0 .. length()). */
    public int offsetOf(int i) {
        return index().offset(i);
    }

    /** The character (a one-code-point string) at code point index {@code i}. */
    public PyStr charAt(int i) {
        CodePointIndex ix = index();
        if (ix.isBmp()) {
            return ofChar(value().charAt(i));
        }
        int off = ix.offset(i);
        int cp = Utf16.codePointAt(value(), off);
        return cp < 0x10000 ? ofChar((char) cp) : new PyStr(value().substring(off, off + 2));
    }

    /** The code points {@code [from, to)} as a str. */
    public PyStr substring(int from, int to) {
        CodePointIndex ix = index();
        return of(value().substring(ix.offset(from), ix.offset(to)));
    }
}
