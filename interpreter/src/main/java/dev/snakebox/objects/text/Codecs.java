package dev.snakebox.objects.text;

/**
 * Finding the codec of an encoding name as {@code str.encode} does: CPython's
 * {@code _Py_normalize_encoding} (Objects/unicodeobject.c, used by the fast paths and by
 * {@code _PyCodec_Lookup} in Python/codecs.c), then {@code encodings.search_function}'s alias
 * table. The codecs here are UTF-8, Latin-1, ASCII, UTF-8 with a signature, the UTF-16 and
 * UTF-32 families, cp1252, cp437, unicode_escape and raw_unicode_escape; every other name is unknown.
 */
public final class Codecs {
    private Codecs() {
    }

    /** The codecs implemented by {@link StrEncode}, with the names their errors report (in {@link CodecAliases} order). */
    public enum Codec {
        UTF_8("utf-8"), LATIN_1("latin-1"), ASCII("ascii"), UTF_8_SIG("utf-8"),
        UTF_16("utf-16"), UTF_16_LE("utf-16-le"), UTF_16_BE("utf-16-be"),
        UTF_32("utf-32"), UTF_32_LE("utf-32-le"), UTF_32_BE("utf-32-be"),
        CP1252("charmap"), CP437("charmap"), UNICODE_ESCAPE("unicodeescape"), RAW_UNICODE_ESCAPE("rawunicodeescape");

        /** The name in UnicodeEncodeError messages ('utf-8' codec can't encode ...). */
        public final String errorName;

        Codec(String errorName) {
            this.errorName = errorName;
        }
    }

    /**
     * The codecs of the registry that are not text encodings (bytes-to-bytes and str-to-str
     * transforms), by their normalised module names and aliases: {@code str.encode} refuses them
     * by name ({@code _PyCodec_LookupTextEncoding}).
     */
    private static final String[] TRANSFORMS = {
        "base64_codec", "base64", "base_64", "bz2_codec", "bz2", "hex_codec", "hex", "quopri_codec", "quopri",
        "quoted_printable", "quotedprintable", "rot_13", "rot13", "uu_codec", "uu", "zlib_codec", "zip", "zlib",
    };

    /**
     * The names {@code PyUnicode_Decode} and {@code PyUnicode_AsEncodedString} handle themselves,
     * after {@link #normalize}: every other name goes through the codec registry, whose errors
     * carry a note naming the codec ({@link #failed}).
     */
    private static final String[] FAST_PATHS = {
        "utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1",
        "iso8859_1",
    };

    /** Whether {@code encoding} is one of the fast paths, which add no note to their errors. */
    public static boolean isFastPath(String encoding) {
        String norm = normalize(encoding);
        for (String f : FAST_PATHS) {
            if (f.equals(norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code wrap_codec_error} (Python/codecs.c): the note "decoding with 'NAME' codec failed"
     * (or "encoding") added to what a codec of the registry raised; NAME as the caller gave it.
     */
    public static dev.snakebox.objects.PyException failed(dev.snakebox.objects.PyException e, String operation,
            String encoding) {
        try {
            e.value.addNote(operation + " with '" + encoding + "' codec failed");
        } catch (dev.snakebox.objects.PyException ignored) {
            // __notes__ replaced by something that is not a list: the error goes on without the note
        }
        return e;
    }

    /** The codec of an encoding name for {@code str.encode}; see {@link #lookup(String, boolean)}. */
    public static Codec lookup(String encoding) {
        return lookup(encoding, false);
    }

    /**
     * The codec of an encoding name; LookupError "unknown encoding: NAME" when there is none, and
     * "'NAME' is not a text encoding; use codecs.encode() (decode()) to handle arbitrary codecs"
     * for a transform codec.
     */
    public static Codec lookup(String encoding, boolean decoding) {
        String norm = normalize(encoding);
        // encodings.search_function: an alias of the name, or of the name with '.' as '_', else
        // the module of that name (a name with a dot names no module)
        Codec codec = find(norm, 1);
        if (codec == null) {
            codec = find(norm.replace('.', '_'), 1);
        }
        if (codec == null && norm.indexOf('.') < 0) {
            codec = find(norm, 0);
        }
        if (codec == null) {
            if (norm.equals("undefined")) {
                // encodings.undefined: a codec that refuses everything
                throw dev.snakebox.objects.Errors.raise(dev.snakebox.objects.ExceptionTypes.UnicodeError, "undefined encoding");
            }
            for (String t : TRANSFORMS) {
                if (t.equals(norm)) {
                    throw StrErrors.notTextEncoding(encoding, decoding);
                }
            }
            throw StrErrors.unknownEncoding(encoding);
        }
        return codec;
    }

    /**
     * {@code _Py_normalize_encoding}: ASCII letters lowered, digits and dots kept, and every run of
     * other characters (non-ASCII ones included) a single '_' between two kept ones.
     */
    static String normalize(String encoding) {
        StringBuilder out = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (lower || upper || digit || c == '.') {
                if (punct && out.length() > 0) {
                    out.append('_');
                }
                punct = false;
                out.append(upper ? (char) (c + 32) : c);
            } else {
                punct = true;
            }
        }
        return out.toString();
    }

    /**
     * The codec that has {@code name} among its names from position {@code first} on (0: the
     * module name and the aliases, 1: the aliases only), or null.
     */
    private static Codec find(String name, int first) {
        Codec[] codecs = Codec.values();
        for (int k = 0; k < codecs.length; k++) {
            String[] names = CodecAliases.ALIASES[k];
            for (int i = first; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return codecs[k];
                }
            }
        }
        return null;
    }
}
