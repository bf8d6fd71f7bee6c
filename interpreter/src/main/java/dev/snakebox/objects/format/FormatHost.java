package dev.snakebox.objects.format;

import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;

/**
 * What the formatting library needs from the runtime: the abstract-object operations of
 * CPython's {@code Objects/abstract.c} and {@code Objects/object.c} that may run Python code.
 *
 * <p>The library handles the exact built-in types (int, float, str, complex) itself where CPython
 * has a fast path for them, and asks the host for everything else. Every method raises the Python
 * exception CPython's function raises (as a {@link dev.snakebox.objects.PyException}); the library
 * catches a TypeError only where CPython replaces it by its own message.
 */
public interface FormatHost {

    /** {@code str(o)}: {@code PyObject_Str}. */
    String str(PyObject o);

    /** {@code repr(o)}: {@code PyObject_Repr}. */
    String repr(PyObject o);

    /** {@code format(o, spec)}: {@code PyObject_Format}, that is {@code type(o).__format__(o, spec)}. */
    String format(PyObject o, String spec);

    /** {@code o.name}: {@code PyObject_GetAttr}. */
    PyObject getAttr(PyObject o, String name);

    /** {@code o[key]}: {@code PyObject_GetItem}. */
    PyObject getItem(PyObject o, PyObject key);

    /**
     * {@code o[index]} for a {@code [digits]} item in a str.format field: {@code PySequence_GetItem}
     * when {@code o} is a sequence ({@code PySequence_Check}), else {@code PyObject_GetItem} with an
     * int key ({@code getitem_sequence} / {@code getitem_idx} in unicode_format.h).
     */
    PyObject getIndexedItem(PyObject o, long index);

    /** {@code operator.index(o)}: {@code _PyNumber_Index} (TypeError when o has no {@code __index__}). */
    PyInt index(PyObject o);

    /** {@code int(o)} for a number: {@code PyNumber_Long}. */
    PyInt toInt(PyObject o);

    /** {@code float(o)} as a double: {@code PyFloat_AsDouble} ({@code __float__}, then {@code __index__}). */
    double toDouble(PyObject o);

    /** {@code PyNumber_Check}: o has {@code __index__}, {@code __int__} or {@code __float__}, or is a complex. */
    boolean isNumber(PyObject o);

    /** {@code PyMapping_Check}: o's type has {@code __getitem__} (mp_subscript). */
    boolean isMapping(PyObject o);

    /**
     * The bytes {@code %b} inserts ({@code format_obj} in Objects/bytesobject.c): the content of a
     * bytearray or other buffer, or the result of {@code o.__bytes__()} (TypeError
     * "__bytes__ returned non-bytes (type T)" when that is not bytes); null when o is none of
     * these. Exact and subclassed {@code bytes} never get here.
     */
    byte[] bytesOf(PyObject o);

    /** {@code PyByteArray_Check}: o is a bytearray (or a subclass). */
    boolean isByteArray(PyObject o);
}
