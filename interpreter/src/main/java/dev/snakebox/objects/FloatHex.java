package dev.snakebox.objects;

/**
 * {@code float.hex()}: CPython's {@code float_hex_impl} (Objects/floatobject.c): one hex digit
 * before the point (1 for normal numbers, 0 for subnormals), all 13 hex digits of the 52-bit
 * fraction, then a binary exponent ({@code -1022} for subnormals); infinities and nans as their
 * repr.
 */
final class FloatHex {
    private FloatHex() {}

    static String hex(double x) {
        if (x != x || Double.isInfinite(x)) {
            return FloatRepr.repr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0.0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & ((1L << 52) - 1);
        int lead = biased == 0 ? 0 : 1;
        int exponent = biased == 0 ? -1022 : biased - 1023;
        String digits = Long.toHexString(fraction);
        StringBuilder sb = new StringBuilder(sign).append("0x").append(lead).append('.');
        for (int i = digits.length(); i < 13; i++) {
            sb.append('0');
        }
        sb.append(digits).append('p').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        return sb.toString();
    }
}
