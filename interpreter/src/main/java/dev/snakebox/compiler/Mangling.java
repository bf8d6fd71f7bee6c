package dev.snakebox.compiler;

/**
 * Private name mangling: {@code __spam} inside {@code class Ham} becomes {@code _Ham__spam};
 * CPython's {@code _Py_Mangle} and {@code _Py_MaybeMangle} ({@code Python/compile.c}).
 */
final class Mangling {
    private Mangling() {}

    /**
     * {@code _Py_Mangle}: {@code name} as seen inside class {@code privateName} (null outside
     * any class). Names not starting with two underscores, dunder names ending with two, dotted
     * names and classes named only with underscores are left alone.
     */
    static String mangle(String privateName, String name) {
        if (privateName == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_') {
            return name;
        }
        int n = name.length();
        if (name.charAt(n - 1) == '_' && name.charAt(n - 2) == '_' || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    /**
     * {@code _Py_MaybeMangle}: in the type-parameter scope of a generic class (and the scopes
     * inside it that are not classes), only the names of the type parameters are mangled.
     */
    static String maybeMangle(String privateName, SymbolTableEntry ste, String name) {
        if (ste.mangledNames != null && !ste.mangledNames.contains(name)) {
            return name;
        }
        return mangle(privateName, name);
    }
}
