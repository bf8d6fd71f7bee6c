package dev.snakebox.objects.text;

/**
 * Finding the codec of an encoding name as {@code str.encode} does: CPython's
 * {@code _Py_normalize_encoding} (Objects/unicodeobject.c, used by the fast paths and by
 * {@code _PyCodec_Lookup} in Python/codecs.c), then {@code encodings.search_function}'s alias
 * table. Only the UTF-8, Latin-1 and ASCII codecs exist here; every other name is unknown.
 */
public final class Codecs {
    private Codecs() {
    }

    /** The codecs implemented by {@link StrEncode}, with the names their errors report. */
    public enum Codec {
        UTF_8("utf-8"), LATIN_1("latin-1"), ASCII("ascii");

        /** The name in UnicodeEncodeError messages ('utf-8' codec can't encode ...). */
        public final String errorName;

        Codec(String errorName) {
            this.errorName = errorName;
        }
    }

    /** The codec of an encoding name; LookupError "unknown encoding: NAME" when there is none. */
    public static Codec lookup(String encoding) {
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
