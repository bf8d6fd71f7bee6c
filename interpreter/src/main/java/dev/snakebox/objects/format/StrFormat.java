package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: CPython's
 * {@code do_string_format}, {@code build_string}, {@code output_markup}, {@code get_field_object}
 * and {@code render_field} (Objects/stringlib/unicode_format.h).
 *
 * <p>Fields are resolved left to right as the template is read; nested fields in a format spec
 * ({@code {0:{1}}}) are expanded first, to one level only (PEP 3101).
 */
public final class StrFormat {
    /** A template and the format specs inside it: two levels, as PEP 3101 says. */
    private static final int MAX_DEPTH = 2;

    private final PyObject[] args;
    private final PyObject kwargs;
    private final FormatHost host;
    private final AutoNumber autoNumber = new AutoNumber();

    private StrFormat(PyObject[] args, PyObject kwargs, FormatHost host) {
        this.args = args;
        this.kwargs = kwargs;
        this.host = host;
    }

    /**
     * {@code template.format(*args, **kwargs)}. {@code kwargs} is the keyword dict, or null when
     * the call has no keywords (a name then raises KeyError just the same).
     */
    public static String format(String template, PyObject[] args, PyObject kwargs, FormatHost host) {
        return new StrFormat(args, kwargs, host).build(template, MAX_DEPTH);
    }

    /** {@code template.format_map(mapping)}: names are looked up with {@code mapping[name]}; no positional fields. */
    public static String formatMap(String template, PyObject mapping, FormatHost host) {
        return new StrFormat(null, mapping, host).build(template, MAX_DEPTH);
    }

    private String build(String template, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        MarkupIterator parts = new MarkupIterator(template);
        MarkupPart part;
        while ((part = parts.next()) != null) {
            out.append(part.literal());
            if (part.fieldPresent()) {
                out.append(renderField(part, depth));
            }
            if (out.length() > PyStr.MAX_LENGTH) {
                throw Errors.memoryError();
            }
        }
        return out.toString();
    }

    private String renderField(MarkupPart part, int depth) {
        PyObject value = fieldObject(part.fieldName());
        if (part.conversion() != 0) {
            value = PyStr.of(convert(value, part.conversion()));
        }
        String spec = part.formatSpec() == null ? ""
                : part.formatSpecNeedsExpanding() ? build(part.formatSpec(), depth - 1) : part.formatSpec();
        String text = BuiltinFormat.formatExact(value, spec, host);
        return text != null ? text : host.format(value, spec);
    }

    private String convert(PyObject value, int conversion) {
        return switch (conversion) {
            case 'r' -> Conversions.repr(value, host);
            case 's' -> Conversions.str(value, host);
            case 'a' -> Conversions.ascii(value, host);
            default -> throw Errors.valueError("Unknown conversion specifier "
                    + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                            : "\\x" + Integer.toHexString(conversion)));
        };
    }

    private PyObject fieldObject(String fieldName) {
        FieldNameIterator name = FieldNameIterator.split(fieldName, autoNumber);
        PyObject value;
        if (name.firstIndex() == -1) {
            PyStr key = PyStr.of(name.first());
            if (kwargs == null) {
                throw new PyException(new PyBaseException(ExceptionTypes.KeyError, key));
            }
            value = host.getItem(kwargs, key);
        } else {
            if (args == null) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (name.firstIndex() >= args.length) {
                throw Errors.raise(ExceptionTypes.IndexError,
                        "Replacement index " + name.firstIndex() + " out of range for positional args tuple");
            }
            value = args[(int) name.firstIndex()];
        }
        FieldAccessor accessor;
        while ((accessor = name.next()) != null) {
            if (accessor.isAttribute()) {
                value = host.getAttr(value, accessor.name());
            } else if (accessor.index() == -1) {
                value = host.getItem(value, PyStr.of(accessor.name()));
            } else {
                value = host.getIndexedItem(value, accessor.index());
            }
        }
        return value;
    }
}
