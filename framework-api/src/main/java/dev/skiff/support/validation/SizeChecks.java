package dev.skiff.support.validation;

import java.util.Collection;
import java.util.Map;

/**
 * {@code @Size} and {@code @NotEmpty} for generated validators, with Hibernate Validator's
 * rules: the size of a string is its {@code length()}, of a collection or map its
 * {@code size()}, of an array its length. Callers check for null first.
 *
 * <p>{@code if (name != null && !SizeChecks.size(name, 1, 80)) { ... }}
 */
public final class SizeChecks {
    private SizeChecks() {}

    public static boolean size(CharSequence value, int min, int max) {
        return within(value.length(), min, max);
    }

    public static boolean size(Collection<?> value, int min, int max) {
        return within(value.size(), min, max);
    }

    public static boolean size(Map<?, ?> value, int min, int max) {
        return within(value.size(), min, max);
    }

    public static boolean size(Object[] value, int min, int max) {
        return within(value.length, min, max);
    }

    public static boolean size(boolean[] value, int min, int max) {
        return within(value.length, min, max);
    }

    public static boolean size(byte[] value, int min, int max) {
        return within(value.length, min, max);
    }

    public static boolean size(char[] value, int min, int max) {
        return within(value.length, min, max);
    }

    public static boolean size(short[] value, int min, int max) {
        return within(value.length, min, max);
    }

    public static boolean size(int[] value, int min, int max) {
        return within(value.length, min, max);
    }

    public static boolean size(long[] value, int min, int max) {
        return within(value.length, min, max);
    }

    public static boolean size(float[] value, int min, int max) {
        return within(value.length, min, max);
    }

    public static boolean size(double[] value, int min, int max) {
        return within(value.length, min, max);
    }

    /** {@code @NotEmpty}: null is a violation. */
    public static boolean notEmpty(CharSequence value) {
        return value != null && value.length() > 0;
    }

    public static boolean notEmpty(Collection<?> value) {
        return value != null && !value.isEmpty();
    }

    public static boolean notEmpty(Map<?, ?> value) {
        return value != null && !value.isEmpty();
    }

    public static boolean notEmpty(Object[] value) {
        return value != null && value.length > 0;
    }

    public static boolean notEmpty(boolean[] value) {
        return value != null && value.length > 0;
    }

    public static boolean notEmpty(byte[] value) {
        return value != null && value.length > 0;
    }

    public static boolean notEmpty(char[] value) {
        return value != null && value.length > 0;
    }

    public static boolean notEmpty(short[] value) {
        return value != null && value.length > 0;
    }

    public static boolean notEmpty(int[] value) {
        return value != null && value.length > 0;
    }

    public static boolean notEmpty(long[] value) {
        return value != null && value.length > 0;
    }

    public static boolean notEmpty(float[] value) {
        return value != null && value.length > 0;
    }

    public static boolean notEmpty(double[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @NotBlank}: null is a violation; blank means {@link String#isBlank()}, as in Hibernate Validator. */
    public static boolean notBlank(CharSequence value) {
        return value != null && !value.toString().isBlank();
    }

    private static boolean within(int size, int min, int max) {
        return size >= min && size <= max;
    }
}
