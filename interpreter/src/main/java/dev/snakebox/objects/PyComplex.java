package dev.snakebox.objects;

/**
 * {@code complex}; CPython's {@code Objects/complexobject.c}. For now only what an imaginary
 * literal needs as a constant: the value, its type and {@code repr}. (Equality for the compiler's
 * constant de-duplication, and the arithmetic, come with the full type.)
 */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = new PyType("complex", PyType.OBJECT);

    static {
        TYPE.ready(); // the dict exists once ready; __format__ is all the type defines so far
        TYPE.method("__format__(format_spec, /)", (self, a) -> Formatting.formatComplex((PyComplex) self, Formatting.spec(a[0])));
    }

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * {@code repr(complex)}: CPython's {@code complex_repr}, the parts as
     * {@code PyOS_double_to_string(x, 'r', 0, 0)} (a float's repr without the added ".0"); only
     * the imaginary part when the real part is +0.0, else both in parentheses.
     */
    @Override
    public String repr() {
        if (Double.doubleToRawLongBits(real) == 0L) { // +0.0 exactly (the sign of a zero, without a division)
            return part(imag) + "j";
        }
        String im = part(imag);
        if (!im.startsWith("-")) {
            im = "+" + im;
        }
        return "(" + part(real) + im + "j)";
    }

    private static String part(double x) {
        String s = FloatRepr.repr(x);
        if (s.endsWith(".0") && s.indexOf('e') < 0) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }

    @Override
    public boolean isTrue() {
        return real != 0.0 || imag != 0.0;
    }
}
