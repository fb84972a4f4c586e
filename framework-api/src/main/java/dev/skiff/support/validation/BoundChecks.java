package dev.skiff.support.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code @Min}, {@code @Max}, {@code @DecimalMin} and {@code @DecimalMax} for generated
 * validators. Each type compares the way Hibernate Validator compares it, so the answers
 * agree at the edges: NaN is always out of bounds, infinities are beyond every bound,
 * integral types compare as {@code long}, a {@code float} compares as a {@code float}, and
 * a {@code CharSequence} that is not a number is out of bounds. (Generated code compares a
 * {@code double} or {@code float} in place, with the same rules, and calls the decimal checks
 * here only when the value equals the bound's nearest double.) Callers check for null first.
 *
 * <p>{@code if (!BoundChecks.min(limit, 1L)) { ... }}
 */
public final class BoundChecks {
    /** What NaN compares as: below a minimum, above a maximum, so it fails both. */
    private static final int NAN_FOR_MIN = -1;
    private static final int NAN_FOR_MAX = 1;

    private BoundChecks() {}

    public static boolean min(long value, long min) {
        return Long.compare(value, min) >= 0;
    }

    public static boolean min(BigDecimal value, long min) {
        return value.compareTo(BigDecimal.valueOf(min)) >= 0;
    }

    public static boolean min(BigInteger value, long min) {
        return value.compareTo(BigInteger.valueOf(min)) >= 0;
    }

    public static boolean min(CharSequence value, long min) {
        BigDecimal number = Numbers.parse(value);
        return number != null && min(number, min);
    }

    public static boolean min(Number value, long min) {
        return compare(value, min, NAN_FOR_MIN) >= 0;
    }

    public static boolean max(long value, long max) {
        return Long.compare(value, max) <= 0;
    }

    public static boolean max(BigDecimal value, long max) {
        return value.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    public static boolean max(BigInteger value, long max) {
        return value.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    public static boolean max(CharSequence value, long max) {
        BigDecimal number = Numbers.parse(value);
        return number != null && max(number, max);
    }

    public static boolean max(Number value, long max) {
        return compare(value, max, NAN_FOR_MAX) <= 0;
    }

    public static boolean decimalMin(long value, BigDecimal min, boolean inclusive) {
        return atLeast(BigDecimal.valueOf(value).compareTo(min), inclusive);
    }

    public static boolean decimalMin(double value, BigDecimal min, boolean inclusive) {
        return atLeast(compare(value, min, NAN_FOR_MIN), inclusive);
    }

    public static boolean decimalMin(float value, BigDecimal min, boolean inclusive) {
        return atLeast(compare(value, min, NAN_FOR_MIN), inclusive);
    }

    public static boolean decimalMin(BigDecimal value, BigDecimal min, boolean inclusive) {
        return atLeast(value.compareTo(min), inclusive);
    }

    public static boolean decimalMin(BigInteger value, BigDecimal min, boolean inclusive) {
        return atLeast(new BigDecimal(value).compareTo(min), inclusive);
    }

    public static boolean decimalMin(CharSequence value, BigDecimal min, boolean inclusive) {
        BigDecimal number = Numbers.parse(value);
        return number != null && decimalMin(number, min, inclusive);
    }

    public static boolean decimalMin(Number value, BigDecimal min, boolean inclusive) {
        return atLeast(compare(value, min, NAN_FOR_MIN), inclusive);
    }

    public static boolean decimalMax(long value, BigDecimal max, boolean inclusive) {
        return atMost(BigDecimal.valueOf(value).compareTo(max), inclusive);
    }

    public static boolean decimalMax(double value, BigDecimal max, boolean inclusive) {
        return atMost(compare(value, max, NAN_FOR_MAX), inclusive);
    }

    public static boolean decimalMax(float value, BigDecimal max, boolean inclusive) {
        return atMost(compare(value, max, NAN_FOR_MAX), inclusive);
    }

    public static boolean decimalMax(BigDecimal value, BigDecimal max, boolean inclusive) {
        return atMost(value.compareTo(max), inclusive);
    }

    public static boolean decimalMax(BigInteger value, BigDecimal max, boolean inclusive) {
        return atMost(new BigDecimal(value).compareTo(max), inclusive);
    }

    public static boolean decimalMax(CharSequence value, BigDecimal max, boolean inclusive) {
        BigDecimal number = Numbers.parse(value);
        return number != null && decimalMax(number, max, inclusive);
    }

    public static boolean decimalMax(Number value, BigDecimal max, boolean inclusive) {
        return atMost(compare(value, max, NAN_FOR_MAX), inclusive);
    }

    private static boolean atLeast(int comparison, boolean inclusive) {
        return inclusive ? comparison >= 0 : comparison > 0;
    }

    private static boolean atMost(int comparison, boolean inclusive) {
        return inclusive ? comparison <= 0 : comparison < 0;
    }

    private static int compare(double value, long bound, int nan) {
        Integer special = special(value, nan);
        return special != null ? special : Double.compare(value, bound);
    }

    private static int compare(float value, long bound, int nan) {
        Integer special = special(value, nan);
        return special != null ? special : Float.compare(value, bound);
    }

    private static int compare(double value, BigDecimal bound, int nan) {
        Integer special = special(value, nan);
        return special != null ? special : decimalCompare(value, bound);
    }

    private static int compare(float value, BigDecimal bound, int nan) {
        Integer special = special(value, nan);
        // widened to double first, as Hibernate Validator does: 0.1f is 0.10000000149011612
        return special != null ? special : decimalCompare(value, bound);
    }

    /**
     * {@code BigDecimal.valueOf(value).compareTo(bound)}, without formatting the double when the
     * answer is plain: rounding to the nearest double never reverses an order, so a value below
     * (above) the bound's nearest double has a decimal form below (above) the bound itself.
     */
    private static int decimalCompare(double value, BigDecimal bound) {
        double nearest = bound.doubleValue();
        if (value < nearest) {
            return -1;
        }
        if (value > nearest) {
            return 1;
        }
        return BigDecimal.valueOf(value).compareTo(bound);
    }

    /** -1 or 1 for the infinities, {@code nan} for NaN, null for a finite value. */
    private static Integer special(double value, int nan) {
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

    private static Integer special(float value, int nan) {
        return special((double) value, nan);
    }

    /** A declared {@code Number}: dispatch on the run-time type, as Hibernate Validator does. */
    private static int compare(Number value, long bound, int nan) {
        if (value instanceof Double d) {
            return compare(d.doubleValue(), bound, nan);
        }
        if (value instanceof Float f) {
            return compare(f.floatValue(), bound, nan);
        }
        if (value instanceof BigDecimal b) {
            return b.compareTo(BigDecimal.valueOf(bound));
        }
        if (value instanceof BigInteger b) {
            return b.compareTo(BigInteger.valueOf(bound));
        }
        if (Numbers.isIntegral(value)) {
            return Long.compare(value.longValue(), bound);
        }
        return compare(value.doubleValue(), bound, nan);
    }

    private static int compare(Number value, BigDecimal bound, int nan) {
        if (value instanceof Double d) {
            return compare(d.doubleValue(), bound, nan);
        }
        if (value instanceof Float f) {
            return compare(f.floatValue(), bound, nan);
        }
        if (value instanceof BigDecimal b) {
            return b.compareTo(bound);
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b).compareTo(bound);
        }
        if (Numbers.isIntegral(value)) {
            return BigDecimal.valueOf(value.longValue()).compareTo(bound);
        }
        return compare(value.doubleValue(), bound, nan);
    }
}
