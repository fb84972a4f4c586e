package dev.skiff.support.validation;

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

    static boolean isIntegral(Number value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }
}
