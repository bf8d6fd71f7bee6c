package dev.snakebox.objects.text;

/**
 * String building the host may do better than the class library: in TeaVM's JavaScript a Java
 * string is a JavaScript string, but {@code String.concat}, {@code StringBuilder} and
 * {@code Integer.toString} copy char by char through arrays (a third of a string-building
 * program's time), where the JavaScript engine joins strings in constant time (ropes) and
 * prints an int natively. The JS build installs its {@link Ops} (web's {@code JsText}); the JVM
 * and wasm-gc, whose strings are arrays anyway, keep the class library's.
 */
public final class HostText {
    private HostText() {}

    /** The host's operations; each gives what the Java expression in its comment gives. */
    public interface Ops {
        /** {@code a.concat(b)}. */
        String concat(String a, String b);

        /** {@code Integer.toString(i)}. */
        String ofInt(int i);
    }

    /** Null: the class library's. (No static initialiser: reading it costs no class-init check in TeaVM.) */
    private static Ops ops;

    public static void install(Ops hostOps) {
        ops = hostOps;
    }

    /** Whether strings are joined by the host, where a growing buffer gains nothing. */
    public static boolean joinsNatively() {
        return ops != null;
    }

    /** {@code a + b}. */
    public static String concat(String a, String b) {
        Ops o = ops;
        return o == null ? a.concat(b) : o.concat(a, b);
    }

    /** The parts joined, in order. */
    public static String concat(String[] parts) {
        Ops o = ops;
        if (o != null) {
            String s = "";
            for (String p : parts) {
                s = o.concat(s, p);
            }
            return s;
        }
        int n = 0;
        for (String p : parts) {
            n += p.length();
        }
        StringBuilder sb = new StringBuilder(n);
        for (String p : parts) {
            sb.append(p);
        }
        return sb.toString();
    }

    /** {@code Integer.toString(i)}. */
    public static String ofInt(int i) {
        Ops o = ops;
        return o == null ? Integer.toString(i) : o.ofInt(i);
    }
}
