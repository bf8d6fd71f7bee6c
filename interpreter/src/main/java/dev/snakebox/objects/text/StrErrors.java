package dev.snakebox.objects.text;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyStr;

/**
 * The exceptions the str methods raise, with CPython 3.13's wording ({@code Objects/unicodeobject.c}
 * and its Argument Clinic converters). The ones about argument types are for the runtime's
 * method bodies, which see the Python objects.
 */
public final class StrErrors {
    private StrErrors() {
    }

    /** {@code str.index}, {@code str.rindex}: ValueError. */
    public static PyException substringNotFound() {
        return Errors.valueError("substring not found");
    }

    /** {@code split}, {@code rsplit}, {@code partition}, {@code rpartition} with '': ValueError. */
    public static PyException emptySeparator() {
        return Errors.valueError("empty separator");
    }

    /** {@code s[i]} out of range: IndexError. */
    public static PyException indexOutOfRange() {
        return Errors.raise(ExceptionTypes.IndexError, "string index out of range");
    }

    /** The fill character of center/ljust/rjust is a str of another length: TypeError. */
    public static PyException fillCharLength() {
        return Errors.typeError("The fill character must be exactly one character long");
    }

    /** The fill character of center/ljust/rjust is not a str: TypeError. */
    public static PyException fillCharType(String typeName) {
        return Errors.typeError("The fill character must be a unicode character, not " + typeName);
    }

    /** {@code str.join}: item {@code index} of the iterable is not a str. */
    public static PyException joinItemType(long index, String typeName) {
        return Errors.typeError("sequence item " + index + ": expected str instance, " + typeName + " found");
    }

    /** {@code startswith}/{@code endswith} given neither a str nor a tuple: TypeError. */
    public static PyException affixArgType(String method, String typeName) {
        return Errors.typeError(method + " first arg must be str or a tuple of str, not " + typeName);
    }

    /** {@code startswith}/{@code endswith} given a tuple holding a non-str: TypeError. */
    public static PyException affixTupleItemType(String method, String typeName) {
        return Errors.typeError("tuple for " + method + " must only contain str, not " + typeName);
    }

    /** {@code x in s} with x not a str: TypeError. */
    public static PyException containsOperandType(String typeName) {
        return Errors.typeError("'in <string>' requires string as left operand, not " + typeName);
    }

    /** {@code str.translate}: an int mapping outside range(0x110000): ValueError. */
    public static PyException mappingOutOfRange() {
        return Errors.valueError("character mapping must be in range(0x110000)");
    }

    /** {@code str.translate}: the table gave something else than int, None or str: TypeError. */
    public static PyException mappingType() {
        return Errors.typeError("character mapping must return integer, None or str");
    }

    /** {@code str.maketrans(x, y)} with x and y of different lengths: ValueError. */
    public static PyException maketransLengths() {
        return Errors.valueError("the first two maketrans arguments must have equal length");
    }

    /** {@code str.maketrans(dict)} with a str key not of length 1: ValueError. */
    public static PyException maketransKeyLength() {
        return Errors.valueError("string keys in translate table must be of length 1");
    }

    /** {@code str.maketrans(dict)} with a key neither str nor int: TypeError. */
    public static PyException maketransKeyType() {
        return Errors.typeError("keys in translate table must be strings or integers");
    }

    /** {@code str.maketrans(x)} with x not a dict: TypeError. */
    public static PyException maketransOneArgument() {
        return Errors.typeError("if you give only one argument to maketrans it must be a dict");
    }

    /** {@code str.maketrans(x, y)} with x not a str: TypeError. */
    public static PyException maketransFirstArgument() {
        return Errors.typeError("first maketrans argument must be a string if there is a second argument");
    }

    /** {@code str.encode} with an encoding the codec registry does not know: LookupError. */
    public static PyException unknownEncoding(String encoding) {
        return Errors.raise(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
    }

    /** {@code str.encode} / {@code bytes.decode} with a codec that is no text encoding ('hex', 'rot13'...): LookupError. */
    public static PyException notTextEncoding(String encoding, boolean decoding) {
        return Errors.raise(ExceptionTypes.LookupError, "'" + encoding + "' is not a text encoding; use codecs."
                + (decoding ? "decode" : "encode") + "() to handle arbitrary codecs");
    }

    /** An encoding error met with an error handler nobody registered: LookupError. */
    public static PyException unknownErrorHandler(String errors) {
        return Errors.raise(ExceptionTypes.LookupError, "unknown error handler name '" + errors + "'");
    }

    /** A str argument converted to a C string holds U+0000 (encoding or errors names): ValueError. */
    public static PyException embeddedNull() {
        return Errors.valueError("embedded null character");
    }

    /** {@code s * n} whose length would overflow Py_ssize_t: OverflowError. */
    public static PyException repeatTooLong() {
        return Errors.overflow("repeated string is too long");
    }

    /**
     * A result longer than {@link PyStr#MAX_LENGTH} units: MemoryError, where CPython would fail to
     * allocate it (the lengths here are far below what overflows Py_ssize_t).
     */
    public static PyException tooLong() {
        return Errors.memoryError();
    }

    /** Checks the UTF-16 length of a result before building it. */
    static void checkLength(long units) {
        if (units > PyStr.MAX_LENGTH) {
            throw tooLong();
        }
    }
}
