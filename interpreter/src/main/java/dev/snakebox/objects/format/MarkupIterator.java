package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;

/**
 * Splits a str.format template into literal text and replacement fields, one step at a time:
 * CPython's {@code MarkupIterator} and {@code parse_field} (Objects/stringlib/unicode_format.h).
 * Errors come when the step that meets them is taken, so fields before a malformed one are
 * evaluated first, as in CPython.
 */
public final class MarkupIterator {
    private final String text;
    private int pos;

    public MarkupIterator(String template) {
        this.text = template;
    }

    /** The next part, or null at the end; ValueError for a malformed template. */
    public MarkupPart next() {
        int end = text.length();
        if (pos >= end) {
            return null;
        }
        int start = pos;
        char c = 0;
        boolean markupFollows = false;
        while (pos < end) {
            c = text.charAt(pos++);
            if (c == '{' || c == '}') {
                markupFollows = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int length = pos - start;
        if (c == '}' && (atEnd || c != text.charAt(pos))) {
            throw Errors.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{') {
            throw Errors.valueError("Single '{' encountered in format string");
        }
        if (!atEnd) {
            if (c == text.charAt(pos)) {
                // an escaped brace: the literal keeps one, and no field follows this time
                pos++;
                markupFollows = false;
            } else {
                length--;
            }
        }
        String literal = text.substring(start, start + length);
        if (!markupFollows) {
            return new MarkupPart(literal, null, null, 0, false);
        }
        return parseField(literal);
    }

    private MarkupPart parseField(String literal) {
        int end = text.length();
        int nameStart = pos;
        char c = 0;
        scan:
        while (pos < end) {
            c = text.charAt(pos++);
            switch (c) {
                case '{':
                    throw Errors.valueError("unexpected '{' in field name");
                case '[':
                    while (pos < end && text.charAt(pos) != ']') {
                        pos++;
                    }
                    break;
                case '}', ':', '!':
                    break scan;
                default:
                    break;
            }
        }
        String fieldName = text.substring(nameStart, Math.max(nameStart, pos - 1));
        if (c != '!' && c != ':') {
            if (c != '}') {
                throw Errors.valueError("expected '}' before end of string");
            }
            return new MarkupPart(literal, fieldName, null, 0, false);
        }
        int conversion = 0;
        if (c == '!') {
            if (pos >= end) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conversion = text.codePointAt(pos);
            pos += Character.charCount(conversion);
            if (pos < end) {
                c = text.charAt(pos++);
                if (c == '}') {
                    return new MarkupPart(literal, fieldName, null, conversion, false);
                }
                if (c != ':') {
                    throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = pos;
        int depth = 1;
        boolean needsExpanding = false;
        while (pos < end) {
            c = text.charAt(pos++);
            if (c == '{') {
                needsExpanding = true;
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return new MarkupPart(literal, fieldName, text.substring(specStart, pos - 1), conversion,
                            needsExpanding);
                }
            }
        }
        throw Errors.valueError("unmatched '{' in format spec");
    }
}
