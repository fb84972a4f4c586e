package dev.skiff.support.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative} and {@code @NegativeOrZero}
 * for generated validators, with Hibernate Validator's edges: a {@code CharSequence} that is
 * not a number satisfies none, and a declared {@link Number} compares its
 * {@code doubleValue()} as {@link Double#compare} does. (Generated code checks the signs of
 * {@code double} and {@code float} in place: NaN satisfies none of the four, and {@code -0.0}
 * is below zero.) Callers check for null first.
 *
 * <p>{@code if (!SignChecks.positive(price)) { ... }}
 */
public final class SignChecks {
    private SignChecks() {}

    public static boolean positive(long value) {
        return value > 0;
    }

    public static boolean positive(BigDecimal value) {
        return value.signum() > 0;
    }

    public static boolean positive(BigInteger value) {
        return value.signum() > 0;
    }

    public static boolean positive(CharSequence value) {
        BigDecimal number = Numbers.parse(value);
        return number != null && number.signum() > 0;
    }

    public static boolean positive(Number value) {
        return Double.compare(value.doubleValue(), 0.0) > 0;
    }

    public static boolean positiveOrZero(long value) {
        return value >= 0;
    }

    public static boolean positiveOrZero(BigDecimal value) {
        return value.signum() >= 0;
    }

    public static boolean positiveOrZero(BigInteger value) {
        return value.signum() >= 0;
    }

    public static boolean positiveOrZero(CharSequence value) {
        BigDecimal number = Numbers.parse(value);
        return number != null && number.signum() >= 0;
    }

    public static boolean positiveOrZero(Number value) {
        return Double.compare(value.doubleValue(), 0.0) >= 0;
    }

    public static boolean negative(long value) {
        return value < 0;
    }

    public static boolean negative(BigDecimal value) {
        return value.signum() < 0;
    }

    public static boolean negative(BigInteger value) {
        return value.signum() < 0;
    }

    public static boolean negative(CharSequence value) {
        BigDecimal number = Numbers.parse(value);
        return number != null && number.signum() < 0;
    }

    public static boolean negative(Number value) {
        return Double.compare(value.doubleValue(), 0.0) < 0;
    }

    public static boolean negativeOrZero(long value) {
        return value <= 0;
    }

    public static boolean negativeOrZero(BigDecimal value) {
        return value.signum() <= 0;
    }

    public static boolean negativeOrZero(BigInteger value) {
        return value.signum() <= 0;
    }

    public static boolean negativeOrZero(CharSequence value) {
        BigDecimal number = Numbers.parse(value);
        return number != null && number.signum() <= 0;
    }

    public static boolean negativeOrZero(Number value) {
        return Double.compare(value.doubleValue(), 0.0) <= 0;
    }
}
