package dev.skiff.support.json;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads a JSON scalar into a Java value as FastAPI does: {@code json.loads}, then pydantic v2's
 * {@code validate_python} in lax mode, so the Python column of pydantic's conversion table applies
 * (a numeric string is a number, {@code "yes"} and {@code 1} are {@code true}, {@code 2.0} is an
 * int, a number is <em>not</em> a string). A refusal carries pydantic's error type, English message
 * and {@code ctx}; the caller adds {@code loc} and {@code input}.
 *
 * <p>{@code token} is any value token; for {@code START_OBJECT}/{@code START_ARRAY} the text is
 * ignored and the type's {@code *_type} error is thrown, as for {@code null}.
 *
 * <p>Java type to pydantic type:
 * <ul>
 * <li>{@code int}/{@code long}/{@code short}/{@code byte} (and boxes): {@code int} with
 *     {@code ge}/{@code le} at the Java bounds ({@code greater_than_equal}/{@code less_than_equal});
 *     {@code BigInteger}: {@code int}.
 * <li>{@code double}/{@code float}: {@code float} ({@code allow_inf_nan} true, pydantic's default).
 * <li>{@code BigDecimal}: {@code Decimal}. A JSON number keeps the digits the client sent, as databind
 *     does; pydantic goes through a Python float ({@code 1.10} would be {@code Decimal('1.1')}).
 * <li>{@code boolean}: {@code bool}; {@code String}: {@code str}; {@code char}: {@code str} with
 *     {@code min_length=1, max_length=1} ({@code string_too_short}/{@code string_too_long}; a
 *     character outside the BMP, one Python character, does not fit a {@code char} and is refused as
 *     too long).
 * <li>{@code UUID}: {@code UUID}. {@code LocalDate}: {@code date}. {@code LocalTime}: {@code time}
 *     without an offset in strings ({@code timezone_naive}: a {@code LocalTime} has nowhere to keep
 *     it, and databind refuses it today); a number of seconds since midnight is read as pydantic does.
 * <li>{@code LocalDateTime}: {@code NaiveDatetime} ({@code timezone_naive}), except that a string
 *     ending in {@code Z} is read as UTC without its zone, as JavaTimeModule reads it today.
 * <li>{@code Instant}, {@code OffsetDateTime}: {@code AwareDatetime} ({@code timezone_aware}); a
 *     number is a unix timestamp in UTC, in seconds, or milliseconds beyond 2e10.
 * </ul>
 * Date and time strings keep up to nine fraction digits (pydantic truncates to six), and every ISO
 * string databind reads today still reads to the same value (see {@link IsoTimes}). Year 0000 is
 * accepted (pydantic refuses it: Python's dates start at year 1; Java's and databind's do not).
 *
 * <pre>{@code
 * long id = LaxScalars.integer(JsonToken.VALUE_STRING, "42", Integer.MIN_VALUE, Integer.MAX_VALUE);
 * }</pre>
 */
public final class LaxScalars {
    private static final double TWO_POW_63 = 0x1p63;

    private LaxScalars() {
    }

    /** An integer within {@code [min, max]}: pydantic's {@code int} constrained to the Java type's range. */
    public static long integer(JsonToken token, String text, long min, long max) throws Refusal {
        BigInteger value = bigInteger(token, text);
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            throw PydanticErrors.greaterThanEqual(min);
        }
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw PydanticErrors.lessThanEqual(max);
        }
        return value.longValue();
    }

    /** pydantic's lax {@code int}: integers, floats without a fraction, numeric strings, booleans. */
    public static BigInteger bigInteger(JsonToken token, String text) throws Refusal {
        switch (token) {
            case VALUE_NUMBER_INT:
                return new BigInteger(text);
            case VALUE_NUMBER_FLOAT:
                return floatAsInt(jsonDouble(text));
            case VALUE_STRING:
                return PythonText.integer(text);
            case VALUE_TRUE:
                return BigInteger.ONE;
            case VALUE_FALSE:
                return BigInteger.ZERO;
            default:
                throw PydanticErrors.intType();
        }
    }

    /** pydantic's lax {@code float}: numbers, numeric strings ({@code "inf"}, {@code "1_000.5"}), booleans. */
    public static double number(JsonToken token, String text) throws Refusal {
        switch (token) {
            case VALUE_NUMBER_INT: {
                double value = Double.parseDouble(text);
                if (Double.isInfinite(value)) {
                    // Python's float(int) overflows where Java rounds to infinity
                    throw PydanticErrors.floatType();
                }
                return value;
            }
            case VALUE_NUMBER_FLOAT:
                return jsonDouble(text);
            case VALUE_STRING:
                return PythonText.number(text);
            case VALUE_TRUE:
                return 1.0;
            case VALUE_FALSE:
                return 0.0;
            default:
                throw PydanticErrors.floatType();
        }
    }

    /** pydantic's lax {@code Decimal}: numbers and strings, finite only; booleans are refused. */
    public static BigDecimal decimal(JsonToken token, String text) throws Refusal {
        switch (token) {
            case VALUE_NUMBER_INT:
                return new BigDecimal(text);
            case VALUE_NUMBER_FLOAT: {
                double value = jsonDouble(text);
                if (!Double.isFinite(value)) {
                    throw PydanticErrors.finiteNumber();
                }
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException exponentBeyondJava) {
                    return BigDecimal.valueOf(value);
                }
            }
            case VALUE_STRING:
                return PythonText.decimal(text);
            default:
                throw PydanticErrors.decimalType();
        }
    }

    /** pydantic's lax {@code bool}: booleans, 0 and 1 (also 0.0 and 1.0), and the words of {@code str_as_bool}. */
    public static boolean bool(JsonToken token, String text) throws Refusal {
        switch (token) {
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_STRING:
                return PythonText.bool(text);
            case VALUE_NUMBER_INT: {
                BigInteger value = new BigInteger(text);
                if (value.bitLength() >= 64) {
                    throw PydanticErrors.boolType();
                }
                return zeroOrOne(value.longValue());
            }
            case VALUE_NUMBER_FLOAT: {
                double value = jsonDouble(text);
                if (!Double.isFinite(value) || value % 1 != 0 || !(value > -TWO_POW_63 && value < TWO_POW_63)) {
                    throw PydanticErrors.boolType();
                }
                return zeroOrOne((long) value);
            }
            default:
                throw PydanticErrors.boolType();
        }
    }

    /** pydantic's {@code str}: only a JSON string; numbers and booleans are refused. */
    public static String string(JsonToken token, String text) throws Refusal {
        if (token != JsonToken.VALUE_STRING) {
            throw PydanticErrors.stringType();
        }
        return text;
    }

    /** A one-character {@code str}: {@code string_too_short} or {@code string_too_long} ({@code ctx} 1) otherwise. */
    public static char character(JsonToken token, String text) throws Refusal {
        String s = string(token, text);
        if (s.isEmpty()) {
            throw PydanticErrors.stringTooShort(1);
        }
        if (s.length() > 1) {
            throw PydanticErrors.stringTooLong(1);
        }
        return s.charAt(0);
    }

    /** pydantic's {@code UUID}: a string in one of the {@code uuid} crate's forms. */
    public static UUID uuid(JsonToken token, String text) throws Refusal {
        if (token != JsonToken.VALUE_STRING) {
            throw PydanticErrors.uuidType();
        }
        return UuidText.parse(text);
    }

    public static LocalDate date(JsonToken token, String text) throws Refusal {
        return IsoTimes.date(token, text);
    }

    public static LocalDateTime localDateTime(JsonToken token, String text) throws Refusal {
        return IsoTimes.localDateTime(token, text);
    }

    public static LocalTime time(JsonToken token, String text) throws Refusal {
        return IsoTimes.time(token, text);
    }

    public static Instant instant(JsonToken token, String text) throws Refusal {
        return IsoTimes.instant(token, text);
    }

    public static OffsetDateTime offsetDateTime(JsonToken token, String text) throws Refusal {
        return IsoTimes.offsetDateTime(token, text);
    }

    /**
     * pydantic's {@code enum} refusal for the allowed JSON values, each as Python's {@code repr}:
     * {@code "Input should be 'a', 'b' or 'c'"}, {@code ctx} {@code {"expected": "'a', 'b' or 'c'"}}.
     */
    public static Refusal enumRefusal(List<String> allowed) {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < allowed.size(); i++) {
            if (i > 0) {
                expected.append(i == allowed.size() - 1 ? " or " : ", ");
            }
            expected.append(PythonText.repr(allowed.get(i)));
        }
        return PydanticErrors.enumMismatch(expected.toString());
    }

    /** The value of a JSON float token's text, including the non-numeric numbers {@code json.loads} accepts. */
    static double jsonDouble(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Infinity", "+Infinity", "INF", "+INF":
                return Double.POSITIVE_INFINITY;
            case "-Infinity", "-INF":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(text);
        }
    }

    /** pydantic-core's {@code float_as_int}. */
    private static BigInteger floatAsInt(double value) throws Refusal {
        if (!Double.isFinite(value)) {
            throw PydanticErrors.finiteNumber();
        }
        if (value % 1 != 0) {
            throw PydanticErrors.intFromFloat();
        }
        if (!(value > -TWO_POW_63 && value < TWO_POW_63)) {
            throw PydanticErrors.intParsingSize();
        }
        return BigInteger.valueOf((long) value);
    }

    private static boolean zeroOrOne(long value) throws Refusal {
        if (value == 0 || value == 1) {
            return value == 1;
        }
        throw PydanticErrors.boolParsing();
    }
}
