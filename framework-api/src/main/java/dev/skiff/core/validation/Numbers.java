package dev.skiff.core.validation;

import java.math.BigDecimal;

/** Shared number handling of the bound, sign and digits checks. */
final class Numbers {
    private Numbers() {}

    /** The number a text holds, or null when it holds none (a violation, not an error). */
    static BigDecimal parse(CharSequence text) {
        try {
            return new BigDecimal(text.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** -1 or 1 for the infinities, {@code nan} for NaN, null for a finite value. */
    static Integer special(double value, int nan) {
        if (value == Double.NEGATIVE_INFINITY) {
            return -1;
        }
        if (Double.isNaN(value)) {
            return nan;
        }
        if (value == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return null;
    }

    static Integer special(float value, int nan) {
        return special((double) value, nan);
    }

    static boolean isIntegral(Number value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }
}
