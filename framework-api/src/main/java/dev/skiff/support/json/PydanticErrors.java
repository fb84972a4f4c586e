package dev.skiff.support.json;

import java.util.Map;

/**
 * pydantic v2's error types for scalars, with the English messages of pydantic-core's
 * {@code ErrorType::message_template_python} (pydantic-core 2.x, {@code src/errors/types.rs}) and the
 * {@code ctx} pydantic reports with them. FastAPI validates the output of {@code json.loads}, so the
 * Python templates apply, not the JSON ones ({@code uuid_type}, {@code decimal_type} differ).
 *
 * <pre>{@code
 * throw PydanticErrors.intParsing();
 * }</pre>
 */
final class PydanticErrors {
    private PydanticErrors() {
    }

    static Refusal intType() {
        return new Refusal("int_type", "Input should be a valid integer");
    }

    static Refusal intParsing() {
        return new Refusal("int_parsing", "Input should be a valid integer, unable to parse string as an integer");
    }

    static Refusal intFromFloat() {
        return new Refusal("int_from_float", "Input should be a valid integer, got a number with a fractional part");
    }

    static Refusal intParsingSize() {
        return new Refusal("int_parsing_size", "Unable to parse input string as an integer, exceeded maximum size");
    }

    static Refusal finiteNumber() {
        return new Refusal("finite_number", "Input should be a finite number");
    }

    static Refusal floatType() {
        return new Refusal("float_type", "Input should be a valid number");
    }

    static Refusal floatParsing() {
        return new Refusal("float_parsing", "Input should be a valid number, unable to parse string as a number");
    }

    static Refusal decimalType() {
        return new Refusal("decimal_type", "Decimal input should be an integer, float, string or Decimal object");
    }

    static Refusal decimalParsing() {
        return new Refusal("decimal_parsing", "Input should be a valid decimal");
    }

    static Refusal boolType() {
        return new Refusal("bool_type", "Input should be a valid boolean");
    }

    static Refusal boolParsing() {
        return new Refusal("bool_parsing", "Input should be a valid boolean, unable to interpret input");
    }

    static Refusal stringType() {
        return new Refusal("string_type", "Input should be a valid string");
    }

    static Refusal stringTooShort(int minLength) {
        return new Refusal("string_too_short",
                "String should have at least " + minLength + " character" + plural(minLength),
                Map.of("min_length", minLength));
    }

    static Refusal stringTooLong(int maxLength) {
        return new Refusal("string_too_long",
                "String should have at most " + maxLength + " character" + plural(maxLength),
                Map.of("max_length", maxLength));
    }

    static Refusal greaterThanEqual(long ge) {
        return new Refusal("greater_than_equal", "Input should be greater than or equal to " + ge, Map.of("ge", ge));
    }

    static Refusal lessThanEqual(long le) {
        return new Refusal("less_than_equal", "Input should be less than or equal to " + le, Map.of("le", le));
    }

    static Refusal bytesType() {
        return new Refusal("bytes_type", "Input should be a valid bytes");
    }

    /** pydantic-core's message for a {@code bytes} field read from JSON as base64 ({@code val_json_bytes='base64'}). */
    static Refusal bytesInvalidEncoding(String error) {
        return new Refusal("bytes_invalid_encoding", "Data should be valid base64: " + error,
                // pydantic's order: the ctx is written into the 422 as it is
                dev.skiff.core.FrozenMap.of("encoding", "base64", "encoding_error", error));
    }

    static Refusal uuidType() {
        return new Refusal("uuid_type", "UUID input should be a string, bytes or UUID object");
    }

    static Refusal uuidParsing(String error) {
        return withError("uuid_parsing", "Input should be a valid UUID, ", error);
    }

    static Refusal enumMismatch(String expected) {
        return new Refusal("enum", "Input should be " + expected, Map.of("expected", expected));
    }

    static Refusal dateType() {
        return new Refusal("date_type", "Input should be a valid date");
    }

    static Refusal dateParsing(String error) {
        return withError("date_parsing", "Input should be a valid date in the format YYYY-MM-DD, ", error);
    }

    static Refusal dateFromDatetimeParsing(String error) {
        return withError("date_from_datetime_parsing", "Input should be a valid date or datetime, ", error);
    }

    static Refusal dateFromDatetimeInexact() {
        return new Refusal("date_from_datetime_inexact",
                "Datetimes provided to dates should have zero time - e.g. be exact dates");
    }

    static Refusal datetimeType() {
        return new Refusal("datetime_type", "Input should be a valid datetime");
    }

    static Refusal datetimeParsing(String error) {
        return withError("datetime_parsing", "Input should be a valid datetime, ", error);
    }

    static Refusal datetimeFromDateParsing(String error) {
        return withError("datetime_from_date_parsing", "Input should be a valid datetime or date, ", error);
    }

    static Refusal timeType() {
        return new Refusal("time_type", "Input should be a valid time");
    }

    static Refusal timeParsing(String error) {
        return withError("time_parsing", "Input should be in a valid time format, ", error);
    }

    static Refusal timezoneNaive() {
        return new Refusal("timezone_naive", "Input should not have timezone info");
    }

    static Refusal timezoneAware() {
        return new Refusal("timezone_aware", "Input should have timezone info");
    }

    private static Refusal withError(String type, String prefix, String error) {
        return new Refusal(type, prefix + error, Map.of("error", error));
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
