package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.IntText;
import dev.snakebox.objects.LongDigits;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyStr;
import java.math.BigInteger;

/**
 * The digits of an int in base 2, 8, 10 or 16, sign included, prefix excluded: CPython's
 * {@code _PyLong_Format} (Objects/longobject.c) without its "0x" prefix. Base 10 keeps CPython's
 * limit on the number of digits ({@link IntText#toDecimal}); the other bases have none.
 */
final class IntDigits {
    private IntDigits() {
    }

    static String inBase(PyInt value, int base) {
        if (value.big == null) {
            return LongDigits.toString(value.value, base);
        }
        BigInteger big = value.big;
        if (base == 10) {
            return IntText.toDecimal(big);
        }
        if (big.bitLength() > PyStr.MAX_LENGTH) {
            throw Errors.memoryError();
        }
        return big.toString(base);
    }

    /** "0b", "0o", "0x" or "" for base 10. */
    static String prefix(int base) {
        return switch (base) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> "";
        };
    }
}
