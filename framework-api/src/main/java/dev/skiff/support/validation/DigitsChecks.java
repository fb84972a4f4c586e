package dev.skiff.support.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code @Digits} for generated validators, as Hibernate Validator counts digits: a number is
 * read from its {@code toString()} with trailing zeros stripped (a {@code BigDecimal} and a
 * {@code CharSequence} are taken as written), its integer part is {@code precision - scale}
 * digits and its fraction {@code max(scale, 0)}. Text that is not a number, NaN and the
 * infinities are violations. Callers check for null first.
 *
 * <p>{@code if (!DigitsChecks.digits(price, 6, 2)) { ... }}
 */
public final class DigitsChecks {
    private DigitsChecks() {}

    public static boolean digits(long value, int integer, int fraction) {
        return fits(new BigDecimal(Long.toString(value)).stripTrailingZeros(), integer, fraction);
    }

    public static boolean digits(double value, int integer, int fraction) {
        return !Double.isNaN(value) && !Double.isInfinite(value)
                && fits(new BigDecimal(Double.toString(value)).stripTrailingZeros(), integer, fraction);
    }

    public static boolean digits(float value, int integer, int fraction) {
        return !Float.isNaN(value) && !Float.isInfinite(value)
                && fits(new BigDecimal(Float.toString(value)).stripTrailingZeros(), integer, fraction);
    }

    public static boolean digits(BigDecimal value, int integer, int fraction) {
        return fits(value, integer, fraction);
    }

    public static boolean digits(BigInteger value, int integer, int fraction) {
        return fits(new BigDecimal(value.toString()).stripTrailingZeros(), integer, fraction);
    }

    public static boolean digits(CharSequence value, int integer, int fraction) {
        BigDecimal number = Numbers.parse(value);
        return number != null && fits(number, integer, fraction);
    }

    public static boolean digits(Number value, int integer, int fraction) {
        if (value instanceof BigDecimal decimal) {
            return fits(decimal, integer, fraction);
        }
        BigDecimal number = Numbers.parse(value.toString());
        return number != null && fits(number.stripTrailingZeros(), integer, fraction);
    }

    private static boolean fits(BigDecimal number, int integer, int fraction) {
        int integerDigits = number.precision() - number.scale();
        int fractionDigits = Math.max(number.scale(), 0);
        return integerDigits <= integer && fractionDigits <= fraction;
    }
}
