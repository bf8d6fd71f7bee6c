package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;

/**
 * The numbering of {@code {}} fields in one str.format call, shared by nested format specs:
 * CPython's {@code AutoNumber} and {@code autonumber_state_error} (Objects/stringlib/unicode_format.h).
 * Automatic ({@code {}}) and manual ({@code {0}}) numbering cannot be mixed.
 */
final class AutoNumber {
    private static final int INIT = 0;
    private static final int AUTO = 1;
    private static final int MANUAL = 2;

    private int state = INIT;
    private long next;

    /**
     * The index of a field: {@code numericIndex} as given, or the next automatic number when the
     * name is empty; raises ValueError on switching between the two styles.
     */
    long resolve(boolean nameIsEmpty, long numericIndex) {
        boolean numeric = nameIsEmpty || numericIndex != -1;
        if (!numeric) {
            return numericIndex;
        }
        if (state == INIT) {
            state = nameIsEmpty ? AUTO : MANUAL;
        }
        if (state == MANUAL && nameIsEmpty) {
            throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
        }
        if (state == AUTO && !nameIsEmpty) {
            throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
        }
        return nameIsEmpty ? next++ : numericIndex;
    }
}
