package dev.skiff.core.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative} and {@code @NegativeOrZero}
 * for generated validators, with Hibernate Validator's edges: NaN satisfies none of them,
 * {@code -0.0} is below zero for {@code double} and {@code float} (as {@link Double#compare}
 * says), and a {@code CharSequence} that is not a number satisfies none. A declared
 * {@link Number} compares its {@code doubleValue()}. Callers check for null first.
 *
 * <p>{@code if (!SignChecks.positive(price)) { ... }}
 */
public final class SignChecks {
    private static final int NAN_FOR_POSITIVE = -1;
    private static final int NAN_FOR_NEGATIVE = 1;

    private SignChecks() {}

    public static boolean positive(long value) {
        return value > 0;
    }

    public static boolean positive(double value) {
        return signum(value, NAN_FOR_POSITIVE) > 0;
    }

    public static boolean positive(float value) {
        return signum(value, NAN_FOR_POSITIVE) > 0;
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

    public static boolean positiveOrZero(double value) {
        return signum(value, NAN_FOR_POSITIVE) >= 0;
    }

    public static boolean positiveOrZero(float value) {
        return signum(value, NAN_FOR_POSITIVE) >= 0;
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

    public static boolean negative(double value) {
        return signum(value, NAN_FOR_NEGATIVE) < 0;
    }

    public static boolean negative(float value) {
        return signum(value, NAN_FOR_NEGATIVE) < 0;
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

    public static boolean negativeOrZero(double value) {
        return signum(value, NAN_FOR_NEGATIVE) <= 0;
    }

    public static boolean negativeOrZero(float value) {
        return signum(value, NAN_FOR_NEGATIVE) <= 0;
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

    private static int signum(double value, int nan) {
        Integer special = Numbers.special(value, nan);
        return special != null ? special : Double.compare(value, 0.0);
    }

    private static int signum(float value, int nan) {
        Integer special = Numbers.special(value, nan);
        return special != null ? special : Float.compare(value, 0.0f);
    }
}
