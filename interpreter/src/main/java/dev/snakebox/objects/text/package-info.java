/**
 * The methods of {@code str} as pure functions on Java strings; CPython's
 * {@code Objects/unicodeobject.c}, {@code Objects/unicodectype.c} and {@code Objects/stringlib}.
 *
 * <p>A Python str is a Java {@code String} (UTF-16), but every length, index, slice, width and
 * search result here counts code points, as Python does: a character outside the BMP is one.
 * The runtime keeps a {@link dev.snakebox.objects.text.CodePointIndex} with each str (built once,
 * shared and empty for strings without surrogate pairs) and passes it to the functions that
 * convert positions. Arguments arrive as CPython's converters leave them: slice indexes
 * clamped (to the int range here), sizes as {@code long}, None as null where a method accepts it.
 * Errors are raised as {@link dev.snakebox.objects.PyException} with CPython's messages
 * ({@link dev.snakebox.objects.text.StrErrors}).
 *
 * <p>Character data comes from tables generated from the oracle (Unicode 15.1), never from
 * {@code java.lang.Character} or {@code String.toUpperCase}, so that the JVM, TeaVM JavaScript and
 * TeaVM wasm-gc give CPython's answers alike.
 */
package dev.snakebox.objects.text;
