package dev.skiff.processor.check;

import dev.skiff.processor.model.ScalarKind;
import dev.skiff.processor.model.TypeModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/**
 * Checks at compile time that a {@code @DefaultValue} converts, with the same rules as the
 * runtime's converters, so a bad default is an error now rather than a 422 for every request.
 */
final class DefaultValues {
    private static final Set<String> BOOLEANS = Set.of("true", "1", "yes", "on", "t", "y", "false", "0", "no", "off",
            "f", "n");

    private DefaultValues() {}

    /** Why {@code text} does not convert to {@code type}, or null when it does. */
    static String problem(String text, TypeModel type) {
        if (type instanceof TypeModel.ArrayOf array) {
            return problem(text, array.item());
        }
        if (type instanceof TypeModel.EnumRef enumRef) {
            return enumRef.constants().contains(text) ? null
                    : "expected one of " + String.join(", ", enumRef.constants());
        }
        if (!(type instanceof TypeModel.Scalar scalar)) {
            return "the parameter is not a scalar";
        }
        try {
            check(text.trim(), scalar.kind());
            return null;
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            return "expected " + expectation(scalar.kind());
        }
    }

    private static String expectation(ScalarKind kind) {
        return switch (kind) {
            case INT, LONG, SHORT, BYTE -> "an integer in the range of " + kind.boxed().simpleName();
            case BIG_INTEGER -> "an integer";
            case DOUBLE, FLOAT, BIG_DECIMAL -> "a number";
            case BOOLEAN -> "a boolean such as true or false";
            case CHAR -> "a single character";
            case UUID -> "a UUID such as 123e4567-e89b-12d3-a456-426614174000";
            case LOCAL_DATE -> "a date such as 2024-01-31";
            case LOCAL_DATE_TIME -> "a date-time such as 2024-01-31T10:15:30";
            case LOCAL_TIME -> "a time such as 10:15";
            case INSTANT, OFFSET_DATE_TIME -> "a date-time with offset such as 2024-01-31T10:15:30Z";
            case STRING -> "text";
        };
    }

    private static void check(String text, ScalarKind kind) {
        switch (kind) {
            case INT -> Integer.parseInt(text);
            case LONG -> Long.parseLong(text);
            case SHORT -> Short.parseShort(text);
            case BYTE -> Byte.parseByte(text);
            case DOUBLE, FLOAT -> Double.parseDouble(text);
            case BIG_DECIMAL -> new BigDecimal(text);
            case BIG_INTEGER -> new BigInteger(text);
            case BOOLEAN -> {
                if (!BOOLEANS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
                    throw new NumberFormatException();
                }
            }
            case CHAR -> {
                if (text.length() != 1) {
                    throw new IllegalArgumentException();
                }
            }
            case UUID -> {
                if (text.length() != 36) {
                    throw new IllegalArgumentException();
                }
                UUID.fromString(text);
            }
            case LOCAL_DATE -> LocalDate.parse(text);
            case LOCAL_DATE_TIME -> LocalDateTime.parse(text);
            case LOCAL_TIME -> LocalTime.parse(text);
            case INSTANT, OFFSET_DATE_TIME -> OffsetDateTime.parse(text);
            case STRING -> { }
        }
    }
}
