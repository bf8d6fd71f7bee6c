package dev.snakebox.objects;

/**
 * {@code complex}; CPython's {@code Objects/complexobject.c}: the value; the slots and methods
 * are {@link ComplexType}, the arithmetic {@link ComplexMath}.
 */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT, PyType.BASETYPE, ComplexType::fill,
            ComplexType::define);

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
