package dev.skiff.support;

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

    public static final Converter<String> STRING = new Scalar<>(0);
    public static final Converter<Integer> INT = new Scalar<>(1);
    public static final Converter<Long> LONG = new Scalar<>(2);
    public static final Converter<Short> SHORT = new Scalar<>(3);
    public static final Converter<Byte> BYTE = new Scalar<>(4);
    public static final Converter<Double> DOUBLE = new Scalar<>(5);
    public static final Converter<Float> FLOAT = new Scalar<>(6);
    public static final Converter<Boolean> BOOLEAN = new Scalar<>(7);
    public static final Converter<Character> CHAR = new Scalar<>(8);
    public static final Converter<BigDecimal> BIG_DECIMAL = new Scalar<>(9);
    public static final Converter<BigInteger> BIG_INTEGER = new Scalar<>(10);
    public static final Converter<UUID> UUID_VALUE = new Scalar<>(11);
    public static final Converter<LocalDate> LOCAL_DATE = new Scalar<>(12);
    public static final Converter<LocalDateTime> LOCAL_DATE_TIME = new Scalar<>(13);
    public static final Converter<LocalTime> LOCAL_TIME = new Scalar<>(14);
    public static final Converter<Instant> INSTANT = new Scalar<>(15);
    public static final Converter<OffsetDateTime> OFFSET_DATE_TIME = new Scalar<>(16);

    /**
     * One class for every scalar converter, told apart by a number: lambdas would each cost a
     * class spun at run time when {@code Converters} first loads, milliseconds of a cold start.
     */
    private static final class Scalar<T> implements Converter<T> {
        private final int kind;

        Scalar(int kind) {
            this.kind = kind;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T convert(String text) {
            return (T) convertAny(text);
        }

        private Object convertAny(String text) {
            switch (kind) {
                case 0: return asIs(text);
                case 1: return toInt(text);
                case 2: return parseLong(text);
                case 3: return toShort(text);
                case 4: return toByte(text);
                case 5: return parseDouble(text);
                case 6: return toFloat(text);
                case 7: return toBoolean(text);
                case 8: return toChar(text);
                case 9: return toBigDecimal(text);
                case 10: return toBigInteger(text);
                case 11: return toUuid(text);
                case 12: return toLocalDate(text);
                case 13: return toLocalDateTime(text);
                case 14: return toLocalTime(text);
                case 15: return toInstant(text);
                case 16: return toOffsetDateTime(text);
                default: throw new IllegalStateException("no converter " + kind);
            }
        }
    }

    private static String asIs(String text) {
        return text;
    }

    private static Integer toInt(String text) {
        long value = parseLong(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw outOfRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        return (int) value;
    }

    private static Short toShort(String text) {
        long value = parseLong(text);
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw outOfRange(Short.MIN_VALUE, Short.MAX_VALUE);
        }
        return (short) value;
    }

    private static Byte toByte(String text) {
        long value = parseLong(text);
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw outOfRange(Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        return (byte) value;
    }

    private static Float toFloat(String text) {
        return (float) parseDouble(text);
    }

    private static Boolean toBoolean(String text) {
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true": case "1": case "yes": case "on": case "t": case "y":
                return Boolean.TRUE;
            case "false": case "0": case "no": case "off": case "f": case "n":
                return Boolean.FALSE;
            default:
                throw new ConversionException("bool_parsing", "Input should be a valid boolean, unable to interpret input");
        }
    }

    private static Character toChar(String text) {
        if (text.length() != 1) {
            throw new ConversionException("string_type", "Input should be a single character");
        }
        return text.charAt(0);
    }

    private static BigDecimal toBigDecimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ConversionException("decimal_parsing", "Input should be a valid decimal");
        }
    }

    private static BigInteger toBigInteger(String text) {
        try {
            return new BigInteger(text.trim());
        } catch (NumberFormatException e) {
            throw new ConversionException("int_parsing", "Input should be a valid integer, unable to parse string as an integer");
        }
    }

    private static UUID toUuid(String text) {
        try {
            if (text.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ConversionException("uuid_parsing", "Input should be a valid UUID, unable to parse string as a UUID");
        }
    }

    private static LocalDate toLocalDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConversionException("date_from_datetime_parsing", "Input should be a valid date or datetime, invalid date format");
        }
    }

    private static LocalDateTime toLocalDateTime(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw datetime();
        }
    }

    private static LocalTime toLocalTime(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConversionException("time_parsing", "Input should be in a valid time format");
        }
    }

    private static Instant toInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw datetime();
        }
    }

    private static OffsetDateTime toOffsetDateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw datetime();
        }
    }

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
        return new EnumConverter<>(constants, expected);
    }

    private static final class EnumConverter<E extends Enum<E>> implements Converter<E> {
        private final E[] constants;
        private final String expected;

        EnumConverter(E[] constants, String expected) {
            this.constants = constants;
            this.expected = expected;
        }

        @Override
        public E convert(String text) {
            for (E constant : constants) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw new ConversionException("enum", "Input should be ".concat(expected), Map.of("expected", expected));
        }
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
