package dev.skiff.cdk;

import java.util.regex.Pattern;

/**
 * Eager checks of construct props. Messages name the prop, what is allowed and what was received,
 * lower case and without a final period, as aws-cdk-lib's own checks read.
 */
final class PropChecks {

    private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final Pattern ALIAS_NAME = Pattern.compile("(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}");

    private PropChecks() {
    }

    static int inRange(String prop, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    prop + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static String apiName(String value, String origin) {
        if (value == null || !API_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("apiName must start with a letter and contain only"
                    + " letters and digits (at most 64), got " + quote(value) + origin);
        }
        return value;
    }

    static String aliasName(String value) {
        if (value == null || !ALIAS_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("aliasName must be 1 to 128 letters, digits, '-' or"
                    + " '_' and not only digits, got " + quote(value));
        }
        return value;
    }

    static String notBlank(String prop, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(prop + " must not be blank, got " + quote(value));
        }
        return value;
    }

    static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
