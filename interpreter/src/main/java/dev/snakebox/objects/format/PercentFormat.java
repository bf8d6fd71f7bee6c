package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.IntOps;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;

/**
 * {@code template % args} for str: CPython's {@code PyUnicode_Format} and its helpers
 * ({@code unicode_format_arg_parse}, {@code unicode_format_arg_format},
 * {@code unicode_format_arg_output}, {@code mainformatlong}, {@code _PyUnicode_FormatLong},
 * {@code formatfloat}, {@code formatchar}) in Objects/unicodeobject.c; and for bytes:
 * {@code _PyBytes_FormatEx} (Objects/bytesobject.c), the same machine with other conversions
 * (%b/%s take bytes, %r/%a give ascii(), %c a byte) and a few other messages.
 *
 * <p>The template is read by code point (by byte for bytes) with CPython's own cursor
 * ({@code fmtpos}, and {@code fmtcnt} the units left), so that the end of the template ends each
 * unit exactly where CPython's does ("incomplete format") and error indexes count the same.
 * Bytes output is collected as chars 0..255.
 */
public final class PercentFormat {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;
    private static final int MAX_UNICODE = 0x10ffff;
    private static final int DEFAULT_PRECISION = 6;

    private final int[] fmt;
    private final boolean bytes;
    private final FormatHost host;
    private final PyObject dict;
    private final StringBuilder out;
    private int fmtpos;
    private int fmtcnt;
    private PyObject args;
    private long arglen;
    private long argidx;

    /** One conversion unit: CPython's {@code struct unicode_format_arg_t}. */
    private static final class Unit {
        int ch;
        int flags;
        long width = -1;
        int prec = -1;
        boolean sign;
    }

    private PercentFormat(int[] template, boolean bytes, PyObject args, FormatHost host) {
        this.fmt = template;
        this.bytes = bytes;
        this.host = host;
        this.out = new StringBuilder(template.length + 100);
        this.args = args;
        if (args instanceof PyTuple) {
            arglen = ((PyTuple) args).size();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        boolean excluded = args instanceof PyTuple || args instanceof PyStr
                || (bytes && (args instanceof PyBytes || host.isByteArray(args)));
        this.dict = !excluded && host.isMapping(args) ? args : null;
    }

    /** {@code template % args}: a tuple of values, a mapping for {@code %(name)s} units, or a single value. */
    public static String format(String template, PyObject args, FormatHost host) {
        return new PercentFormat(CodePoints.of(template), false, args, host).run();
    }

    /** {@code template % args} for bytes (and bytearray): the result's bytes. */
    public static byte[] formatBytes(byte[] template, PyObject args, FormatHost host) {
        int[] units = new int[template.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = template[i] & 0xff;
        }
        String latin1 = new PercentFormat(units, true, args, host).run();
        byte[] result = new byte[latin1.length()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (byte) latin1.charAt(i);
        }
        return result;
    }

    private String run() {
        fmtcnt = fmt.length;
        fmtpos = 0;
        while (--fmtcnt >= 0) {
            if (read() != '%') {
                int literalStart = fmtpos++;
                while (fmtcnt >= 0 && read() != '%') {
                    fmtpos++;
                    fmtcnt--;
                }
                if (fmtcnt < 0) {
                    fmtpos--;
                }
                for (int i = literalStart; i < fmtpos; i++) {
                    out.appendCodePoint(fmt[i]);
                }
            } else {
                fmtpos++;
                formatUnit();
            }
            if (out.length() > PyStr.MAX_LENGTH) {
                throw Errors.memoryError();
            }
        }
        if (argidx < arglen && dict == null) {
            throw notAllConverted();
        }
        return out.toString();
    }

    /** The code point at the cursor; 0 past the end, as C reads the terminating NUL. */
    private int read() {
        return fmtpos < fmt.length ? fmt[fmtpos] : 0;
    }

    private PyException notAllConverted() {
        return Errors.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
    }

    private PyObject nextArg() {
        if (argidx < arglen) {
            argidx++;
            return arglen < 0 ? args : ((PyTuple) args).get((int) (argidx - 1));
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    private void formatUnit() {
        Unit unit = new Unit();
        unit.ch = read();
        if (unit.ch == '%') {
            fmtpos++;
            fmtcnt--;
            out.append('%');
            return;
        }
        parse(unit);
        String text = formatValue(unit);
        if (text != null) {
            output(unit, text);
        }
        if (dict != null && argidx < arglen) {
            throw notAllConverted();
        }
    }

    /** Mapping key, flags, width, precision and length modifier: {@code unicode_format_arg_parse}. */
    private void parse(Unit unit) {
        if (unit.ch == '(') {
            if (dict == null) {
                throw Errors.typeError("format requires a mapping");
            }
            ++fmtpos;
            --fmtcnt;
            int keyStart = fmtpos;
            int depth = 1;
            while (depth > 0 && --fmtcnt >= 0) {
                unit.ch = read();
                if (unit.ch == ')') {
                    --depth;
                } else if (unit.ch == '(') {
                    ++depth;
                }
                fmtpos++;
            }
            if (fmtcnt < 0 || depth > 0) {
                throw Errors.valueError("incomplete format key");
            }
            PyObject key;
            if (bytes) {
                byte[] keyBytes = new byte[fmtpos - keyStart - 1];
                for (int i = 0; i < keyBytes.length; i++) {
                    keyBytes[i] = (byte) fmt[keyStart + i];
                }
                key = new PyBytes(keyBytes);
            } else {
                key = PyStr.of(new String(fmt, keyStart, fmtpos - keyStart - 1));
            }
            args = host.getItem(dict, key);
            arglen = -1;
            argidx = -2;
        }
        flags:
        while (--fmtcnt >= 0) {
            unit.ch = read();
            fmtpos++;
            switch (unit.ch) {
                case '-' -> unit.flags |= F_LJUST;
                case '+' -> unit.flags |= F_SIGN;
                case ' ' -> unit.flags |= F_BLANK;
                case '#' -> unit.flags |= F_ALT;
                case '0' -> unit.flags |= F_ZERO;
                default -> {
                    break flags;
                }
            }
        }
        if (unit.ch == '*') {
            unit.width = starWidth(nextArg());
            if (unit.width < 0) {
                unit.flags |= F_LJUST;
                unit.width = -unit.width;
            }
            advance(unit);
        } else if (isDigit(unit.ch)) {
            unit.width = unit.ch - '0';
            while (--fmtcnt >= 0) {
                unit.ch = read();
                fmtpos++;
                if (!isDigit(unit.ch)) {
                    break;
                }
                int d = unit.ch - '0';
                if (unit.width > (Long.MAX_VALUE - d) / 10) {
                    throw Errors.valueError("width too big");
                }
                unit.width = unit.width * 10 + d;
            }
        }
        if (unit.ch == '.') {
            unit.prec = 0;
            advance(unit);
            if (unit.ch == '*') {
                unit.prec = starPrecision(nextArg());
                if (unit.prec < 0) {
                    unit.prec = 0;
                }
                advance(unit);
            } else if (isDigit(unit.ch)) {
                unit.prec = unit.ch - '0';
                while (--fmtcnt >= 0) {
                    unit.ch = read();
                    fmtpos++;
                    if (!isDigit(unit.ch)) {
                        break;
                    }
                    int d = unit.ch - '0';
                    if (unit.prec > (Integer.MAX_VALUE - d) / 10) {
                        throw Errors.valueError(bytes ? "prec too big" : "precision too big");
                    }
                    unit.prec = unit.prec * 10 + d;
                }
            }
        }
        // "h", "l" and "L" length modifiers are accepted and ignored, as in C
        if (fmtcnt >= 0 && (unit.ch == 'h' || unit.ch == 'l' || unit.ch == 'L')) {
            advance(unit);
        }
        if (fmtcnt < 0) {
            throw Errors.valueError("incomplete format");
        }
    }

    /** Reads the next code point into the unit, if any is left. */
    private void advance(Unit unit) {
        if (--fmtcnt >= 0) {
            unit.ch = read();
            fmtpos++;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static long starWidth(PyObject v) {
        if (!(v instanceof PyInt)) {
            throw Errors.typeError("* wants int");
        }
        PyInt i = (PyInt) v;
        if (i.big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    private static int starPrecision(PyObject v) {
        if (!(v instanceof PyInt)) {
            throw Errors.typeError("* wants int");
        }
        PyInt i = (PyInt) v;
        if (i.big != null || i.value < Integer.MIN_VALUE || i.value > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /**
     * The text of one value ({@code unicode_format_arg_format}), or null when it went straight to
     * the output because no padding can apply (CPython's fast paths, which print the same).
     */
    private String formatValue(Unit unit) {
        PyObject v = nextArg();
        switch (unit.ch) {
            case 's', 'r', 'a':
                if (bytes) {
                    return unit.ch == 's' ? bytesOf(v) : Conversions.ascii(v, host);
                }
                if (v.type() == PyInt.TYPE && unit.width == -1 && unit.prec == -1) {
                    out.append(IntDigits.inBase((PyInt) v, 10));
                    return null;
                }
                return unit.ch == 's' ? Conversions.str(v, host)
                        : unit.ch == 'r' ? Conversions.repr(v, host) : Conversions.ascii(v, host);
            case 'i', 'd', 'u', 'o', 'x', 'X':
                unit.sign = true;
                return formatLong(v, unit);
            case 'e', 'E', 'f', 'F', 'g', 'G':
                unit.sign = true;
                return formatFloat(v, unit);
            case 'c':
                int c = bytes ? formatByte(v) : formatChar(v);
                if (unit.width == -1 && unit.prec == -1) {
                    out.appendCodePoint(c);
                    return null;
                }
                return new String(Character.toChars(c));
            default:
                if (bytes && unit.ch == 'b') {
                    return bytesOf(v);
                }
                throw unsupported(unit.ch);
        }
    }

    private PyException unsupported(int ch) {
        if (bytes && ch >= 0x80) {
            // bytesobject.c reads the byte as a signed char, which the message's %c rejects
            return Errors.overflow("character argument not in range(0x110000)");
        }
        return Errors.valueError("unsupported format character '" + (ch >= 31 && ch <= 126 ? (char) ch : '?')
                + "' (0x" + Integer.toHexString(ch) + ") at index " + (fmtpos - 1));
    }

    /** %b and %s of bytes formatting ({@code format_obj}): the bytes as chars 0..255. */
    private String bytesOf(PyObject v) {
        byte[] content = v instanceof PyBytes ? ((PyBytes) v).toByteArray() : host.bytesOf(v);
        if (content == null) {
            throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + v.type().name + "'");
        }
        char[] chars = new char[content.length];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (content[i] & 0xff);
        }
        return new String(chars);
    }

    /** {@code mainformatlong} and {@code _PyUnicode_FormatLong}: d i u o x X of an int, or of a number made one. */
    private String formatLong(PyObject v, Unit unit) {
        char type = (char) unit.ch;
        boolean integerOnly = type == 'o' || type == 'x' || type == 'X';
        PyInt value;
        if (v instanceof PyInt) {
            value = (PyInt) v;
        } else {
            if (!host.isNumber(v)) {
                throw wrongType(type, v);
            }
            try {
                value = integerOnly ? host.index(v) : host.toInt(v);
            } catch (PyException e) {
                if (e.value.type().isSubtypeOf(ExceptionTypes.TypeError)) {
                    throw wrongType(type, v);
                }
                throw e;
            }
        }
        if (unit.prec > Integer.MAX_VALUE - 3) {
            throw Errors.overflow("precision too large");
        }
        if (unit.prec > PyStr.MAX_LENGTH) {
            throw Errors.memoryError();
        }
        int base = type == 'o' ? 8 : integerOnly ? 16 : 10;
        String text = IntDigits.inBase(value, base);
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        StringBuilder result = new StringBuilder(digits.length() + Math.max(unit.prec, 0) + 3);
        if (negative) {
            result.append('-');
        }
        if ((unit.flags & F_ALT) != 0 && integerOnly) {
            result.append('0').append(type == 'o' ? 'o' : 'x');
        }
        for (int i = digits.length(); i < unit.prec; i++) {
            result.append('0');
        }
        result.append(digits);
        return type == 'X' ? NumberLayout.upperAscii(result.toString()) : result.toString();
    }

    private PyException wrongType(char type, PyObject v) {
        boolean integerOnly = type == 'o' || type == 'x' || type == 'X';
        if (bytes && type == 'i') {
            type = 'd';     // bytesobject.c's formatlong names %i as %d
        }
        return Errors.typeError("%" + type + " format: " + (integerOnly ? "an integer" : "a real number")
                + " is required, not " + v.type().name);
    }

    /** {@code formatfloat}: e E f F g G through {@link DoubleFormat}. */
    private String formatFloat(PyObject v, Unit unit) {
        double x;
        if (v instanceof PyFloat) {
            x = ((PyFloat) v).value;
        } else {
            try {
                x = v.type() == PyInt.TYPE || v.type() == PyBool.TYPE ? IntOps.toDouble((PyInt) v) : host.toDouble(v);
            } catch (PyException e) {
                if (bytes) {
                    // bytesobject.c replaces any failure of PyFloat_AsDouble
                    throw Errors.typeError("float argument required, not " + v.type().name);
                }
                throw e;
            }
        }
        int prec = unit.prec < 0 ? DEFAULT_PRECISION : unit.prec;
        int flags = (unit.flags & F_ALT) != 0 ? DoubleFormat.ALT : 0;
        String text = DoubleFormat.format(x, (char) unit.ch, prec, flags);
        if (unit.width == -1 && unit.prec == -1 && (unit.flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(text);
            return null;
        }
        return text;
    }

    /** {@code byte_converter}: an int in range(256) or a bytes or bytearray of length one. */
    private int formatByte(PyObject v) {
        if (v instanceof PyBytes && ((PyBytes) v).length() == 1) {
            return ((PyBytes) v).byteAt(0);
        }
        if (!(v instanceof PyBytes) && !(v instanceof PyInt) && host.isByteArray(v)) {
            byte[] content = host.bytesOf(v);
            if (content.length == 1) {
                return content[0] & 0xff;
            }
        }
        PyInt i;
        if (v instanceof PyInt) {
            i = (PyInt) v;
        } else {
            try {
                i = host.index(v);
            } catch (PyException e) {
                if (e.value.type().isSubtypeOf(ExceptionTypes.TypeError)) {
                    throw Errors.typeError("%c requires an integer in range(256) or a single byte");
                }
                throw e;
            }
        }
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw Errors.overflow("%c arg not in range(256)");
        }
        return (int) i.value;
    }

    /** {@code formatchar}: an int code point or a one-character str. */
    private int formatChar(PyObject v) {
        if (v instanceof PyStr) {
            String s = ((PyStr) v).value();
            if (!s.isEmpty() && CodePoints.count(s) == 1) {
                return s.codePointAt(0);
            }
            throw Errors.typeError("%c requires int or char");
        }
        PyInt i;
        if (v instanceof PyInt) {
            i = (PyInt) v;
        } else {
            try {
                i = host.index(v);
            } catch (PyException e) {
                if (e.value.type().isSubtypeOf(ExceptionTypes.TypeError)) {
                    throw Errors.typeError("%c requires int or char");
                }
                throw e;
            }
        }
        if (i.big != null || i.value < 0 || i.value > MAX_UNICODE) {
            throw Errors.overflow("%c arg not in range(0x110000)");
        }
        return (int) i.value;
    }

    /**
     * Pads one formatted value: {@code unicode_format_arg_output}. Numbers keep their sign (and
     * "0x"/"0o" prefix) left of zero padding; '-' pads on the right, with spaces always.
     */
    private void output(Unit unit, String text) {
        int fill = unit.sign && (unit.flags & F_ZERO) != 0 ? '0' : ' ';
        int[] str = CodePoints.of(text);
        int len = str.length;
        if ((unit.width == -1 || unit.width <= len) && (unit.prec == -1 || unit.prec >= len)
                && (unit.flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(text);
            return;
        }
        if (unit.ch == 's' || unit.ch == 'r' || unit.ch == 'a' || (bytes && unit.ch == 'b')) {
            if (unit.prec >= 0 && len > unit.prec) {
                len = unit.prec;
            }
        }
        int index = 0;
        int signChar = 0;
        boolean sign = unit.sign;
        if (sign) {
            int c = len > 0 ? str[0] : 0;
            if (c == '-' || c == '+') {
                signChar = c;
                len--;
                index++;
            } else if ((unit.flags & F_SIGN) != 0) {
                signChar = '+';
            } else if ((unit.flags & F_BLANK) != 0) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        long width = unit.width;
        if (width < len) {
            width = len;
        }
        NumberLayout.checkWidth(width);
        boolean prefixed = (unit.flags & F_ALT) != 0 && (unit.ch == 'x' || unit.ch == 'X' || unit.ch == 'o');
        if (sign) {
            if (fill != ' ') {
                out.appendCodePoint(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        if (prefixed) {
            if (fill != ' ') {
                out.append('0').appendCodePoint(unit.ch);
                index += 2;
            }
            width -= 2;
            if (width < 0) {
                width = 0;
            }
            len -= 2;
        }
        if (width > len && (unit.flags & F_LJUST) == 0) {
            CodePoints.repeat(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.appendCodePoint(signChar);
            }
            if (prefixed) {
                out.append('0').appendCodePoint(unit.ch);
                index += 2;
            }
        }
        for (int i = 0; i < len; i++) {
            out.appendCodePoint(str[index + i]);
        }
        if (width > len) {
            CodePoints.repeat(out, ' ', width - len);
        }
    }
}
