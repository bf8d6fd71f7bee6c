package dev.snakebox.objects.format;

/**
 * One step of a str.format template: literal text, then optionally a replacement field
 * {@code {field_name!conversion:format_spec}}. What CPython's {@code MarkupIterator_next}
 * (Objects/stringlib/unicode_format.h) returns, and what {@code _string.formatter_parser} turns
 * into {@code (literal, field_name, format_spec, conversion)} tuples.
 *
 * @param literal                   the text before the field (an escaped brace ends it, once)
 * @param fieldName                 the field name (may be empty), or null when no field follows
 * @param formatSpec                the text after ':', or null when there is no ':'
 * @param conversion                the code point after '!', or 0
 * @param formatSpecNeedsExpanding  whether the spec holds nested fields to expand first
 */
public record MarkupPart(String literal, String fieldName, String formatSpec, int conversion,
        boolean formatSpecNeedsExpanding) {

    /** Whether a replacement field follows the literal. */
    public boolean fieldPresent() {
        return fieldName != null;
    }
}
