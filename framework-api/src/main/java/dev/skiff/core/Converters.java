package dev.skiff.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/**
 * The converters for every scalar type Skiff binds, with the error types and messages that
 * FastAPI (pydantic 2) gives for the same failures.
 */
public final class Converters {
    private Converters() {}

    public static final Converter<String> STRING = text -> text;

    public static final Converter<Integer> INT = text -> {
        long value = parseLong(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw outOfRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        return (int) value;
    };

    public static final Converter<Long> LONG = Converters::parseLong;

    public static final Converter<Short> SHORT = text -> {
        long value = parseLong(text);
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw outOfRange(Short.MIN_VALUE, Short.MAX_VALUE);
        }
        return (short) value;
    };

    public static final Converter<Byte> BYTE = text -> {
        long value = parseLong(text);
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw outOfRange(Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        return (byte) value;
    };

    public static final Converter<Double> DOUBLE = Converters::parseDouble;

    public static final Converter<Float> FLOAT = text -> (float) parseDouble(text);

    public static final Converter<Boolean> BOOLEAN = text -> {
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true": case "1": case "yes": case "on": case "t": case "y":
                return Boolean.TRUE;
            case "false": case "0": case "no": case "off": case "f": case "n":
                return Boolean.FALSE;
            default:
                throw new ConversionException("bool_parsing", "Input should be a valid boolean, unable to interpret input");
        }
    };

    public static final Converter<Character> CHAR = text -> {
        if (text.length() != 1) {
            throw new ConversionException("string_type", "Input should be a single character");
        }
        return text.charAt(0);
    };

    public static final Converter<BigDecimal> BIG_DECIMAL = text -> {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ConversionException("decimal_parsing", "Input should be a valid decimal");
        }
    };

    public static final Converter<BigInteger> BIG_INTEGER = text -> {
        try {
            return new BigInteger(text.trim());
        } catch (NumberFormatException e) {
            throw new ConversionException("int_parsing", "Input should be a valid integer, unable to parse string as an integer");
        }
    };

    public static final Converter<UUID> UUID_VALUE = text -> {
        try {
            if (text.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ConversionException("uuid_parsing", "Input should be a valid UUID, unable to parse string as a UUID");
        }
    };

    public static final Converter<LocalDate> LOCAL_DATE = text -> {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConversionException("date_from_datetime_parsing", "Input should be a valid date or datetime, invalid date format");
        }
    };

    public static final Converter<LocalDateTime> LOCAL_DATE_TIME = text -> {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw datetime();
        }
    };

    public static final Converter<LocalTime> LOCAL_TIME = text -> {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConversionException("time_parsing", "Input should be in a valid time format");
        }
    };

    public static final Converter<Instant> INSTANT = text -> {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw datetime();
        }
    };

    public static final Converter<OffsetDateTime> OFFSET_DATE_TIME = text -> {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw datetime();
        }
    };

    /** A converter to one of {@code constants}, matched by {@link Enum#name()}. */
    public static <E extends Enum<E>> Converter<E> enumOf(E[] constants) {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < constants.length; i++) {
            if (i > 0) {
                expected.append(i == constants.length - 1 ? " or " : ", ");
            }
            expected.append('\'').append(constants[i].name()).append('\'');
        }
        return enumOf(constants, expected.toString());
    }

    private static <E extends Enum<E>> Converter<E> enumOf(E[] constants, String expected) {
        return text -> {
            for (E constant : constants) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw new ConversionException("enum", "Input should be " + expected, Map.of("expected", expected));
        };
    }

    private static long parseLong(String text) {
        String trimmed = text.trim().replace("_", "");
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            // pydantic accepts integral floats such as "3.0"
            try {
                BigDecimal decimal = new BigDecimal(trimmed);
                if (decimal.stripTrailingZeros().scale() <= 0) {
                    return decimal.longValueExact();
                }
                throw new ConversionException("int_from_float", "Input should be a valid integer, got a number with a fractional part");
            } catch (NumberFormatException | ArithmeticException notNumber) {
                throw new ConversionException("int_parsing", "Input should be a valid integer, unable to parse string as an integer");
            }
        }
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ConversionException("float_parsing", "Input should be a valid number, unable to parse string as a number");
        }
    }

    private static ConversionException outOfRange(long min, long max) {
        return new ConversionException("int_parsing",
                "Input should be a valid integer between " + min + " and " + max);
    }

    private static ConversionException datetime() {
        return new ConversionException("datetime_from_date_parsing", "Input should be a valid datetime or date, invalid datetime format");
    }
}
