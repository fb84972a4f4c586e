package dev.skiff.support.json;

import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_FALSE;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
import static com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One table per Java type: JSON tokens FastAPI accepts (with the value pydantic's lax mode gives,
 * per its conversion table) and the ones it refuses (with pydantic's error type, message and ctx,
 * per its "Validation Errors" page and pydantic-core/speedate/uuid's message texts).
 */
class LaxScalarsTest {
    private static final String I32 = "int";

    private interface Read {
        Object read(JsonToken token, String text) throws Refusal;
    }

    private record Row(String type, JsonToken token, String text, Object value, String error, String message,
            Map<String, Object> ctx) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private static void ok(String type, JsonToken token, String text, Object value) {
        ROWS.add(new Row(type, token, text, value, null, null, null));
    }

    private static void no(String type, JsonToken token, String text, String error, String message) {
        no(type, token, text, error, message, Map.of());
    }

    private static void no(String type, JsonToken token, String text, String error, String message,
            Map<String, Object> ctx) {
        ROWS.add(new Row(type, token, text, null, error, message, ctx));
    }

    private static final String INT_TYPE = "Input should be a valid integer";
    private static final String INT_PARSING = "Input should be a valid integer, unable to parse string as an integer";
    private static final String INT_FROM_FLOAT = "Input should be a valid integer, got a number with a fractional part";
    private static final String INT_SIZE = "Unable to parse input string as an integer, exceeded maximum size";
    private static final String FINITE = "Input should be a finite number";
    private static final String FLOAT_TYPE = "Input should be a valid number";
    private static final String FLOAT_PARSING = "Input should be a valid number, unable to parse string as a number";
    private static final String DECIMAL_TYPE = "Decimal input should be an integer, float, string or Decimal object";
    private static final String DECIMAL_PARSING = "Input should be a valid decimal";
    private static final String BOOL_TYPE = "Input should be a valid boolean";
    private static final String BOOL_PARSING = "Input should be a valid boolean, unable to interpret input";
    private static final String STRING_TYPE = "Input should be a valid string";
    private static final String UUID_TYPE = "UUID input should be a string, bytes or UUID object";
    private static final String UUID_CHAR = "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found ";
    private static final String DATE_OR_DT = "Input should be a valid date or datetime, ";
    private static final String DT_OR_DATE = "Input should be a valid datetime or date, ";
    private static final String TIME_FORMAT = "Input should be in a valid time format, ";
    private static final String NAIVE = "Input should not have timezone info";
    private static final String AWARE = "Input should have timezone info";
    private static final String U = "a8098c1a-f86e-11da-bd1a-00112444be1e";
    private static final UUID UV = UUID.fromString(U);

    static {
        // int (Java int bounds), pydantic conversion table: int, float w/o fraction, numeric str, bool
        ok(I32, VALUE_NUMBER_INT, "42", 42L);
        ok(I32, VALUE_NUMBER_INT, "-7", -7L);
        ok(I32, VALUE_STRING, "42", 42L);
        ok(I32, VALUE_STRING, " 42 ", 42L);
        ok(I32, VALUE_STRING, "\t42\n", 42L);
        ok(I32, VALUE_STRING, "+42", 42L);
        ok(I32, VALUE_STRING, "-042", -42L);
        ok(I32, VALUE_STRING, "007", 7L);
        ok(I32, VALUE_STRING, "1_000", 1000L);
        ok(I32, VALUE_STRING, "4.0", 4L);
        ok(I32, VALUE_STRING, "-4.0", -4L);
        ok(I32, VALUE_STRING, "4.000", 4L);
        ok(I32, VALUE_STRING, "0", 0L);
        ok(I32, VALUE_STRING, "000", 0L);
        ok(I32, VALUE_STRING, "0.0", 0L);
        ok(I32, VALUE_NUMBER_FLOAT, "3.0", 3L);
        ok(I32, VALUE_NUMBER_FLOAT, "-2.0", -2L);
        ok(I32, VALUE_NUMBER_FLOAT, "1e3", 1000L);
        ok(I32, VALUE_TRUE, "true", 1L);
        ok(I32, VALUE_FALSE, "false", 0L);
        ok(I32, VALUE_NUMBER_INT, "2147483647", 2147483647L);
        no(I32, VALUE_STRING, "4.5", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "abc", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "1e3", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "0x10", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "1__000", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "_1", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "1_", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "4.", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "--1", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "+-1", "int_parsing", INT_PARSING);
        no(I32, VALUE_STRING, "1 2", "int_parsing", INT_PARSING);
        no(I32, VALUE_NUMBER_FLOAT, "4.5", "int_from_float", INT_FROM_FLOAT);
        no(I32, VALUE_NUMBER_FLOAT, "-0.1", "int_from_float", INT_FROM_FLOAT);
        no(I32, VALUE_NUMBER_FLOAT, "NaN", "finite_number", FINITE);
        no(I32, VALUE_NUMBER_FLOAT, "Infinity", "finite_number", FINITE);
        no(I32, VALUE_NUMBER_FLOAT, "1e400", "finite_number", FINITE);
        no(I32, VALUE_NUMBER_FLOAT, "1e19", "int_parsing_size", INT_SIZE);
        no(I32, VALUE_NUMBER_INT, "2147483648", "less_than_equal",
                "Input should be less than or equal to 2147483647", Map.of("le", 2147483647L));
        no(I32, VALUE_NUMBER_INT, "-2147483649", "greater_than_equal",
                "Input should be greater than or equal to -2147483648", Map.of("ge", -2147483648L));
        no(I32, VALUE_STRING, "99999999999999999999", "less_than_equal",
                "Input should be less than or equal to 2147483647", Map.of("le", 2147483647L));
        no(I32, VALUE_NUMBER_FLOAT, "3e9", "less_than_equal",
                "Input should be less than or equal to 2147483647", Map.of("le", 2147483647L));
        no(I32, VALUE_NULL, "null", "int_type", INT_TYPE);
        no(I32, START_OBJECT, "{", "int_type", INT_TYPE);
        no(I32, START_ARRAY, "[", "int_type", INT_TYPE);
        // BigInteger: Python's int is unbounded
        ok("bigint", VALUE_NUMBER_INT, "123456789012345678901234567890", new BigInteger("123456789012345678901234567890"));
        ok("bigint", VALUE_STRING, " -123456789012345678901234567890 ", new BigInteger("-123456789012345678901234567890"));
        ok("bigint", VALUE_NUMBER_FLOAT, "9.2e18", new BigInteger("9200000000000000000"));
        no("bigint", VALUE_STRING, "1".repeat(4301), "int_parsing_size", INT_SIZE);
        no("bigint", VALUE_NUMBER_FLOAT, "1e20", "int_parsing_size", INT_SIZE);
        no("bigint", VALUE_STRING, "1.5", "int_parsing", INT_PARSING);

        // float
        ok("float", VALUE_NUMBER_INT, "1", 1.0);
        ok("float", VALUE_NUMBER_FLOAT, "1.5", 1.5);
        ok("float", VALUE_NUMBER_FLOAT, "NaN", Double.NaN);
        ok("float", VALUE_NUMBER_FLOAT, "-Infinity", Double.NEGATIVE_INFINITY);
        ok("float", VALUE_STRING, "1.5", 1.5);
        ok("float", VALUE_STRING, " 1.5 ", 1.5);
        ok("float", VALUE_STRING, "1e3", 1000.0);
        ok("float", VALUE_STRING, "-2.5E-3", -0.0025);
        ok("float", VALUE_STRING, ".5", 0.5);
        ok("float", VALUE_STRING, "5.", 5.0);
        ok("float", VALUE_STRING, "+3", 3.0);
        ok("float", VALUE_STRING, "inf", Double.POSITIVE_INFINITY);
        ok("float", VALUE_STRING, "-Infinity", Double.NEGATIVE_INFINITY);
        ok("float", VALUE_STRING, "nan", Double.NaN);
        ok("float", VALUE_STRING, "1_000.5", 1000.5);
        ok("float", VALUE_TRUE, "true", 1.0);
        ok("float", VALUE_FALSE, "false", 0.0);
        no("float", VALUE_STRING, "abc", "float_parsing", FLOAT_PARSING);
        no("float", VALUE_STRING, "", "float_parsing", FLOAT_PARSING);
        no("float", VALUE_STRING, "1,5", "float_parsing", FLOAT_PARSING);
        no("float", VALUE_STRING, "0x1p3", "float_parsing", FLOAT_PARSING);
        no("float", VALUE_STRING, "1.5f", "float_parsing", FLOAT_PARSING);
        no("float", VALUE_STRING, "1e", "float_parsing", FLOAT_PARSING);
        no("float", VALUE_STRING, ".", "float_parsing", FLOAT_PARSING);
        no("float", VALUE_STRING, " 1_0 ", "float_parsing", FLOAT_PARSING);
        no("float", VALUE_STRING, "infinite", "float_parsing", FLOAT_PARSING);
        no("float", VALUE_NUMBER_INT, "1" + "0".repeat(400), "float_type", FLOAT_TYPE);
        no("float", VALUE_NULL, "null", "float_type", FLOAT_TYPE);
        no("float", START_ARRAY, "[", "float_type", FLOAT_TYPE);
        no("float", START_OBJECT, "{", "float_type", FLOAT_TYPE);

        // Decimal
        ok("decimal", VALUE_NUMBER_INT, "10", new BigDecimal("10"));
        ok("decimal", VALUE_NUMBER_FLOAT, "1.10", new BigDecimal("1.10"));
        ok("decimal", VALUE_STRING, "1.10", new BigDecimal("1.10"));
        ok("decimal", VALUE_STRING, " 3.14 ", new BigDecimal("3.14"));
        ok("decimal", VALUE_STRING, "1_000", new BigDecimal("1000"));
        ok("decimal", VALUE_STRING, "1e5", new BigDecimal("1E+5"));
        ok("decimal", VALUE_STRING, "-0.5", new BigDecimal("-0.5"));
        ok("decimal", VALUE_STRING, ".5", new BigDecimal("0.5"));
        ok("decimal", VALUE_STRING, "\u0661\u0662", new BigDecimal("12"));
        no("decimal", VALUE_STRING, "abc", "decimal_parsing", DECIMAL_PARSING);
        no("decimal", VALUE_STRING, "", "decimal_parsing", DECIMAL_PARSING);
        no("decimal", VALUE_STRING, "1.2.3", "decimal_parsing", DECIMAL_PARSING);
        no("decimal", VALUE_STRING, "NaN", "finite_number", FINITE);
        no("decimal", VALUE_STRING, "-Infinity", "finite_number", FINITE);
        no("decimal", VALUE_STRING, "sNaN", "finite_number", FINITE);
        no("decimal", VALUE_NUMBER_FLOAT, "NaN", "finite_number", FINITE);
        no("decimal", VALUE_TRUE, "true", "decimal_type", DECIMAL_TYPE);
        no("decimal", VALUE_FALSE, "false", "decimal_type", DECIMAL_TYPE);
        no("decimal", VALUE_NULL, "null", "decimal_type", DECIMAL_TYPE);
        no("decimal", START_ARRAY, "[", "decimal_type", DECIMAL_TYPE);

        // bool: str_as_bool's words, 0/1, 0.0/1.0
        ok("bool", VALUE_TRUE, "true", true);
        ok("bool", VALUE_FALSE, "false", false);
        for (String word : List.of("true", "True", "TRUE", "yes", "Yes", "on", "y", "t", "1")) {
            ok("bool", VALUE_STRING, word, true);
        }
        for (String word : List.of("false", "False", "no", "off", "OFF", "n", "f", "0")) {
            ok("bool", VALUE_STRING, word, false);
        }
        ok("bool", VALUE_NUMBER_INT, "1", true);
        ok("bool", VALUE_NUMBER_INT, "0", false);
        ok("bool", VALUE_NUMBER_FLOAT, "1.0", true);
        ok("bool", VALUE_NUMBER_FLOAT, "0.0", false);
        no("bool", VALUE_STRING, "2", "bool_parsing", BOOL_PARSING);
        no("bool", VALUE_STRING, "", "bool_parsing", BOOL_PARSING);
        no("bool", VALUE_STRING, " true", "bool_parsing", BOOL_PARSING);
        no("bool", VALUE_STRING, "truthy", "bool_parsing", BOOL_PARSING);
        no("bool", VALUE_STRING, "ye\u017f", "bool_parsing", BOOL_PARSING);
        no("bool", VALUE_NUMBER_INT, "2", "bool_parsing", BOOL_PARSING);
        no("bool", VALUE_NUMBER_INT, "-1", "bool_parsing", BOOL_PARSING);
        no("bool", VALUE_NUMBER_FLOAT, "2.0", "bool_parsing", BOOL_PARSING);
        no("bool", VALUE_NUMBER_FLOAT, "0.5", "bool_type", BOOL_TYPE);
        no("bool", VALUE_NUMBER_INT, "99999999999999999999", "bool_type", BOOL_TYPE);
        no("bool", VALUE_NULL, "null", "bool_type", BOOL_TYPE);
        no("bool", START_OBJECT, "{", "bool_type", BOOL_TYPE);

        // str: a number or a boolean is not a string
        ok("str", VALUE_STRING, "abc", "abc");
        ok("str", VALUE_STRING, "", "");
        ok("str", VALUE_STRING, " 5 ", " 5 ");
        no("str", VALUE_NUMBER_INT, "5", "string_type", STRING_TYPE);
        no("str", VALUE_NUMBER_FLOAT, "1.5", "string_type", STRING_TYPE);
        no("str", VALUE_TRUE, "true", "string_type", STRING_TYPE);
        no("str", VALUE_NULL, "null", "string_type", STRING_TYPE);
        no("str", START_ARRAY, "[", "string_type", STRING_TYPE);
        no("str", START_OBJECT, "{", "string_type", STRING_TYPE);

        // char: str of exactly one character
        ok("char", VALUE_STRING, "x", 'x');
        ok("char", VALUE_STRING, "\u00e9", '\u00e9');
        no("char", VALUE_STRING, "", "string_too_short", "String should have at least 1 character", Map.of("min_length", 1));
        no("char", VALUE_STRING, "ab", "string_too_long", "String should have at most 1 character", Map.of("max_length", 1));
        no("char", VALUE_STRING, "\ud83d\ude00", "string_too_long", "String should have at most 1 character", Map.of("max_length", 1));
        no("char", VALUE_NUMBER_INT, "5", "string_type", STRING_TYPE);

        // UUID: the uuid crate's forms and error texts
        ok("uuid", VALUE_STRING, U, UV);
        ok("uuid", VALUE_STRING, U.toUpperCase(), UV);
        ok("uuid", VALUE_STRING, U.replace("-", ""), UV);
        ok("uuid", VALUE_STRING, "{" + U + "}", UV);
        ok("uuid", VALUE_STRING, "urn:uuid:" + U, UV);
        uuidRefused("12345678-124-1234-1234-567812345678", "invalid group length in group 1: expected 4, found 3");
        uuidRefused("", "invalid length: expected length 32 for simple format, found 0");
        uuidRefused("abc", "invalid length: expected length 32 for simple format, found 3");
        uuidRefused(U.substring(0, 35), "invalid group length in group 4: expected 12, found 11");
        uuidRefused(U.replaceFirst("-", ""), "invalid group count: expected 5, found 4");
        uuidRefused("g" + U.substring(1), UUID_CHAR + "`g` at 1");
        // the crate explains a braced input from inside its braces, so positions count from the first hex digit
        uuidRefused("{" + U.substring(0, 35) + "x}", UUID_CHAR + "`x` at 36");
        uuidRefused(U + "-0", "invalid group count: expected 5, found 6");
        no("uuid", VALUE_NUMBER_INT, "1", "uuid_type", UUID_TYPE);
        no("uuid", VALUE_NULL, "null", "uuid_type", UUID_TYPE);
        no("uuid", START_ARRAY, "[", "uuid_type", UUID_TYPE);

        // date
        ok("date", VALUE_STRING, "2032-04-23", LocalDate.of(2032, 4, 23));
        ok("date", VALUE_STRING, "2032-04-23T00:00:00", LocalDate.of(2032, 4, 23));
        ok("date", VALUE_STRING, "2032-04-23T00:00:00Z", LocalDate.of(2032, 4, 23));
        ok("date", VALUE_STRING, "2032-04-23 00:00+05:00", LocalDate.of(2032, 4, 23));
        ok("date", VALUE_STRING, "1682208000", LocalDate.of(2023, 4, 23));
        ok("date", VALUE_NUMBER_INT, "1682208000", LocalDate.of(2023, 4, 23));
        ok("date", VALUE_NUMBER_INT, "1682208000000", LocalDate.of(2023, 4, 23));
        ok("date", VALUE_NUMBER_FLOAT, "1682208000.0", LocalDate.of(2023, 4, 23));
        ok("date", VALUE_STRING, "2024-02-29", LocalDate.of(2024, 2, 29));
        ok("date", VALUE_STRING, "+12024-01-02", LocalDate.of(12024, 1, 2));
        no("date", VALUE_STRING, "2032-04-23T10:20:30", "date_from_datetime_inexact",
                "Datetimes provided to dates should have zero time - e.g. be exact dates");
        no("date", VALUE_NUMBER_INT, "1682208001", "date_from_datetime_inexact",
                "Datetimes provided to dates should have zero time - e.g. be exact dates");
        dateRefused("XX1494012000", "invalid character in year");
        dateRefused("2023-13-01", "month value is outside expected range of 1-12");
        dateRefused("2023-02-29", "day value is outside expected range");
        dateRefused("2023-04", "input is too short");
        dateRefused("", "input is too short");
        dateRefused("2023/04/23", "invalid date separator, expected `-`");
        dateRefused("2023-04-23x", "invalid datetime separator, expected `T`, `t`, `_` or space");
        dateRefused("2023-04-23T25:00", "hour value is outside expected range of 0-23");
        no("date", VALUE_NUMBER_INT, "300000000000000", "date_from_datetime_parsing",
                DATE_OR_DT + "dates after 9999 are not supported as unix timestamps",
                Map.of("error", "dates after 9999 are not supported as unix timestamps"));
        no("date", VALUE_TRUE, "true", "date_type", "Input should be a valid date");
        no("date", VALUE_NULL, "null", "date_type", "Input should be a valid date");
        no("date", START_ARRAY, "[", "date_type", "Input should be a valid date");

        // Instant: AwareDatetime
        Instant paris = Instant.parse("2032-04-23T07:50:30.400Z");
        ok("instant", VALUE_STRING, "2032-04-23T10:20:30.400+02:30", paris);
        ok("instant", VALUE_STRING, "2024-01-02T03:04:05.123456789Z", Instant.parse("2024-01-02T03:04:05.123456789Z"));
        ok("instant", VALUE_STRING, "2024-01-02T03:04:05.1234567891Z", Instant.parse("2024-01-02T03:04:05.123456789Z"));
        ok("instant", VALUE_STRING, "2024-01-02 03:04:05z", Instant.parse("2024-01-02T03:04:05Z"));
        ok("instant", VALUE_STRING, "2024-01-02t03:04Z", Instant.parse("2024-01-02T03:04:00Z"));
        ok("instant", VALUE_STRING, "2024-01-02T03:04:05+0200", Instant.parse("2024-01-02T01:04:05Z"));
        ok("instant", VALUE_STRING, "2024-01-02T03:04:05\u221201:00", Instant.parse("2024-01-02T04:04:05Z"));
        ok("instant", VALUE_STRING, "2024-01-02T03:04:05,5Z", Instant.parse("2024-01-02T03:04:05.5Z"));
        ok("instant", VALUE_NUMBER_INT, "1700000000", Instant.parse("2023-11-14T22:13:20Z"));
        ok("instant", VALUE_NUMBER_INT, "1700000000000", Instant.parse("2023-11-14T22:13:20Z"));
        ok("instant", VALUE_NUMBER_FLOAT, "1700000000.5", Instant.parse("2023-11-14T22:13:20.5Z"));
        ok("instant", VALUE_STRING, "1700000000", Instant.parse("2023-11-14T22:13:20Z"));
        ok("instant", VALUE_STRING, "1700000000.25", Instant.parse("2023-11-14T22:13:20.25Z"));
        ok("instant", VALUE_STRING, "+12024-01-02T03:04:05Z", Instant.parse("+12024-01-02T03:04:05Z"));
        no("instant", VALUE_STRING, "2024-01-02T03:04:05", "timezone_aware", AWARE);
        no("instant", VALUE_STRING, "2024-01-02", "timezone_aware", AWARE);
        datetimeRefused("2023-13-01", "month value is outside expected range of 1-12");
        datetimeRefused("2024-01-02T25:00:00Z", "unexpected extra characters at the end of the input");
        datetimeRefused("2024-01-02T03:04:05+25:00", "unexpected extra characters at the end of the input");
        datetimeRefused("abc", "input is too short");
        datetimeRefused("2024-01-0x", "invalid character in day");
        no("instant", VALUE_NUMBER_INT, "99999999999999999", "datetime_parsing",
                "Input should be a valid datetime, dates after 9999 are not supported as unix timestamps",
                Map.of("error", "dates after 9999 are not supported as unix timestamps"));
        no("instant", VALUE_NUMBER_FLOAT, "NaN", "datetime_parsing",
                "Input should be a valid datetime, NaN values not permitted", Map.of("error", "NaN values not permitted"));
        no("instant", VALUE_TRUE, "true", "datetime_type", "Input should be a valid datetime");
        no("instant", VALUE_NULL, "null", "datetime_type", "Input should be a valid datetime");
        no("instant", START_OBJECT, "{", "datetime_type", "Input should be a valid datetime");

        // OffsetDateTime: AwareDatetime keeping the offset
        ok("odt", VALUE_STRING, "2024-01-02T03:04:05+02:00",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)));
        ok("odt", VALUE_STRING, "2024-01-02T03:04:05-00:00", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
        ok("odt", VALUE_NUMBER_INT, "0", OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        no("odt", VALUE_STRING, "2024-01-02T03:04:05", "timezone_aware", AWARE);

        // LocalDateTime: NaiveDatetime, "Z" read as databind reads it
        ok("ldt", VALUE_STRING, "2024-01-02T03:04:05", LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        ok("ldt", VALUE_STRING, "2024-01-02T03:04:05Z", LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        ok("ldt", VALUE_STRING, "2024-01-02", LocalDateTime.of(2024, 1, 2, 0, 0));
        ok("ldt", VALUE_STRING, "2024-01-02 03:04", LocalDateTime.of(2024, 1, 2, 3, 4));
        ok("ldt", VALUE_STRING, "2024-01-02T03:04:05.000001", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 1000));
        no("ldt", VALUE_STRING, "2024-01-02T03:04:05+02:00", "timezone_naive", NAIVE);
        no("ldt", VALUE_STRING, "2024-01-02T03:04:05z", "timezone_naive", NAIVE);
        no("ldt", VALUE_NUMBER_INT, "1700000000", "timezone_naive", NAIVE);

        // LocalTime: time
        ok("time", VALUE_STRING, "03:04:05", LocalTime.of(3, 4, 5));
        ok("time", VALUE_STRING, "03:04", LocalTime.of(3, 4));
        ok("time", VALUE_STRING, "10:20:30.400", LocalTime.of(10, 20, 30, 400_000_000));
        ok("time", VALUE_STRING, "03:04:05,25", LocalTime.of(3, 4, 5, 250_000_000));
        ok("time", VALUE_STRING, "03:04:05.123456789", LocalTime.of(3, 4, 5, 123_456_789));
        ok("time", VALUE_NUMBER_INT, "3600", LocalTime.of(1, 0));
        ok("time", VALUE_NUMBER_FLOAT, "3600.5", LocalTime.of(1, 0, 0, 500_000_000));
        timeRefused("25:20:30.400", "hour value is outside expected range of 0-23");
        timeRefused("03:60", "minute value is outside expected range of 0-59");
        timeRefused("03:04:60", "second value is outside expected range of 0-59");
        timeRefused("3:04", "input is too short");
        timeRefused("03-04", "invalid time separator, expected `:`");
        timeRefused("0a:04", "invalid character in hour");
        timeRefused("03:04:5", "invalid character in second");
        timeRefused("03:04:05x", "invalid timezone sign");
        timeRefused("03:04:05+0", "invalid timezone hour");
        timeRefused("03:04:05+01", "invalid timezone minute");
        timeRefused("03:04:05+01:60", "timezone minute value is outside expected range of 0-59");
        timeRefused("03:04:05+01:00x", "unexpected extra characters at the end of the input");
        timeRefused("2024-01-02T03:04:05", "invalid time separator, expected `:`");
        no("time", VALUE_STRING, "03:04:05Z", "timezone_naive", NAIVE);
        no("time", VALUE_STRING, "03:04:05+01:00", "timezone_naive", NAIVE);
        no("time", VALUE_NUMBER_INT, "-1", "time_parsing", TIME_FORMAT + "time in seconds should be positive",
                Map.of("error", "time in seconds should be positive"));
        no("time", VALUE_NUMBER_INT, "86400", "time_parsing", TIME_FORMAT + "numeric times may not exceed 86,399 seconds",
                Map.of("error", "numeric times may not exceed 86,399 seconds"));
        no("time", VALUE_TRUE, "true", "time_type", "Input should be a valid time");
        no("time", VALUE_NULL, "null", "time_type", "Input should be a valid time");
    }

    private static void uuidRefused(String text, String error) {
        no("uuid", VALUE_STRING, text, "uuid_parsing", "Input should be a valid UUID, " + error, Map.of("error", error));
    }

    private static void dateRefused(String text, String error) {
        no("date", VALUE_STRING, text, "date_from_datetime_parsing", DATE_OR_DT + error, Map.of("error", error));
    }

    private static void datetimeRefused(String text, String error) {
        no("instant", VALUE_STRING, text, "datetime_from_date_parsing", DT_OR_DATE + error, Map.of("error", error));
    }

    private static void timeRefused(String text, String error) {
        no("time", VALUE_STRING, text, "time_parsing", TIME_FORMAT + error, Map.of("error", error));
    }

    private static Read reader(String type) {
        return switch (type) {
            case I32 -> (t, s) -> LaxScalars.integer(t, s, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "bigint" -> LaxScalars::bigInteger;
            case "float" -> LaxScalars::number;
            case "decimal" -> LaxScalars::decimal;
            case "bool" -> LaxScalars::bool;
            case "str" -> LaxScalars::string;
            case "char" -> LaxScalars::character;
            case "uuid" -> LaxScalars::uuid;
            case "date" -> LaxScalars::date;
            case "instant" -> LaxScalars::instant;
            case "odt" -> LaxScalars::offsetDateTime;
            case "ldt" -> LaxScalars::localDateTime;
            case "time" -> LaxScalars::time;
            default -> throw new IllegalArgumentException(type);
        };
    }

    @TestFactory
    Stream<DynamicTest> eachRowReadsAsPydanticDoes() {
        return ROWS.stream().map(row -> dynamicTest(row.type() + " " + row.token() + " " + abbreviate(row.text()),
                () -> check(row)));
    }

    @Test
    void tableCoversEveryTypeWithEnoughRows() {
        assertThat(ROWS).hasSizeGreaterThanOrEqualTo(150);
        assertThat(ROWS.stream().map(Row::type).distinct()).hasSize(13);
    }

    @Test
    void shortAndByteRangesRefuseLikeConint() {
        assertThatThrownBy(() -> LaxScalars.integer(VALUE_STRING, "128", Byte.MIN_VALUE, Byte.MAX_VALUE))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.type()).isEqualTo("less_than_equal");
                    assertThat(r.getMessage()).isEqualTo("Input should be less than or equal to 127");
                    assertThat(r.ctx()).isEqualTo(Map.of("le", 127L));
                });
        assertThatThrownBy(() -> LaxScalars.integer(VALUE_FALSE, "false", 1, Short.MAX_VALUE))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.type()).isEqualTo("greater_than_equal");
                    assertThat(r.getMessage()).isEqualTo("Input should be greater than or equal to 1");
                });
    }

    @Test
    void enumRefusalListsAllowedValuesAsPythonReprs() {
        Refusal three = LaxScalars.enumRefusal(List.of("a", "b", "c"));
        assertThat(three.type()).isEqualTo("enum");
        assertThat(three.getMessage()).isEqualTo("Input should be 'a', 'b' or 'c'");
        assertThat(three.ctx()).isEqualTo(Map.of("expected", "'a', 'b' or 'c'"));
        assertThat(LaxScalars.enumRefusal(List.of("red")).getMessage()).isEqualTo("Input should be 'red'");
        assertThat(LaxScalars.enumRefusal(List.of("x", "y")).getMessage()).isEqualTo("Input should be 'x' or 'y'");
        assertThat(LaxScalars.enumRefusal(List.of("it's", "a\\b")).getMessage())
                .isEqualTo("Input should be \"it's\" or 'a\\\\b'");
    }

    private static void check(Row row) {
        Read read = reader(row.type());
        if (row.error() == null) {
            Object value;
            try {
                value = read.read(row.token(), row.text());
            } catch (Refusal r) {
                throw new AssertionError("refused with " + r.type() + ": " + r.getMessage());
            }
            if (row.value() instanceof BigDecimal expected) {
                assertThat(value).isInstanceOf(BigDecimal.class);
                assertThat(((BigDecimal) value).toString()).isEqualTo(expected.toString());
            } else {
                assertThat(value).isEqualTo(row.value());
            }
        } else {
            assertThatThrownBy(() -> read.read(row.token(), row.text()))
                    .isInstanceOfSatisfying(Refusal.class, r -> {
                        assertThat(r.type()).isEqualTo(row.error());
                        assertThat(r.getMessage()).isEqualTo(row.message());
                        assertThat(r.ctx()).isEqualTo(row.ctx());
                    });
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
