package dev.skiff.support.json;

import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * pydantic v2's lax {@code date}, {@code datetime} and {@code time} validators over JSON tokens
 * (pydantic-core's {@code validators/date.rs}, {@code datetime.rs}, {@code time.rs} on Python input),
 * then the Java type. A string that pydantic refuses but databind with JavaTimeModule reads today
 * (an expanded year {@code +12024-01-02}, an offset with seconds, {@code 03:04:05.}) is read as
 * databind reads it, so no valid ISO-8601 string that worked before stops working.
 *
 * <pre>{@code
 * IsoTimes.instant(JsonToken.VALUE_STRING, "2024-01-02T03:04:05Z");
 * }</pre>
 */
final class IsoTimes {
    private static final String NAN = "NaN values not permitted";
    private static final String NEGATIVE_TIME = "time in seconds should be positive";

    private IsoTimes() {
    }

    static LocalDate date(JsonToken token, String text) throws Refusal {
        try {
            return pydanticDate(token, text);
        } catch (Refusal refusal) {
            return fallback(token, refusal, () -> LocalDate.parse(text));
        }
    }

    static LocalTime time(JsonToken token, String text) throws Refusal {
        Speedate.Stamp s;
        try {
            s = pydanticTime(token, text);
        } catch (Refusal refusal) {
            return fallback(token, refusal, () -> LocalTime.parse(text));
        }
        if (s.offset() != null && token == JsonToken.VALUE_STRING) {
            throw PydanticErrors.timezoneNaive();
        }
        return s.time();
    }

    static LocalDateTime localDateTime(JsonToken token, String text) throws Refusal {
        Speedate.Stamp s;
        try {
            s = pydanticDateTime(token, text);
        } catch (Refusal refusal) {
            return fallback(token, refusal, () -> text.endsWith("Z")
                    ? LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC)
                    : LocalDateTime.parse(text));
        }
        boolean databindUtc = token == JsonToken.VALUE_STRING && text.endsWith("Z");
        if (s.offset() != null && !databindUtc) {
            throw PydanticErrors.timezoneNaive();
        }
        return LocalDateTime.of(s.date(), s.time());
    }

    static Instant instant(JsonToken token, String text) throws Refusal {
        Speedate.Stamp s;
        try {
            s = pydanticDateTime(token, text);
        } catch (Refusal refusal) {
            return fallback(token, refusal, () -> DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from));
        }
        if (s.offset() == null) {
            throw PydanticErrors.timezoneAware();
        }
        long seconds = s.date().toEpochDay() * 86_400 + s.time().toSecondOfDay() - s.offset();
        return Instant.ofEpochSecond(seconds, s.time().getNano());
    }

    static OffsetDateTime offsetDateTime(JsonToken token, String text) throws Refusal {
        Speedate.Stamp s;
        try {
            s = pydanticDateTime(token, text);
        } catch (Refusal refusal) {
            return fallback(token, refusal, () -> OffsetDateTime.parse(text));
        }
        if (s.offset() == null) {
            throw PydanticErrors.timezoneAware();
        }
        if (Math.abs(s.offset()) > 18 * 3600) {
            // pydantic takes offsets up to 24 hours; java.time.ZoneOffset stops at 18
            throw PydanticErrors.datetimeParsing("timezone offset must be between -18:00 and +18:00");
        }
        return OffsetDateTime.of(s.date(), s.time(), ZoneOffset.ofTotalSeconds(s.offset()));
    }

    /** {@code DateValidator}: a date, else a datetime at exactly midnight (microsecond precision). */
    private static LocalDate pydanticDate(JsonToken token, String text) throws Refusal {
        Speedate.Stamp s;
        switch (token) {
            case VALUE_STRING -> {
                byte[] b = utf8(text);
                try {
                    return Speedate.date(b);
                } catch (Speedate.Unparsable ignored) {
                    s = dateTimeFrom(b, PydanticErrors::dateFromDatetimeParsing);
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> s = timestamp(token, text, PydanticErrors::dateFromDatetimeParsing);
            default -> throw PydanticErrors.dateType();
        }
        if (s.time().truncatedTo(ChronoUnit.MICROS).toNanoOfDay() != 0) {
            throw PydanticErrors.dateFromDatetimeInexact();
        }
        return s.date();
    }

    /** {@code DateTimeValidator}: a datetime, else a date at midnight; a number is a UTC timestamp. */
    private static Speedate.Stamp pydanticDateTime(JsonToken token, String text) throws Refusal {
        switch (token) {
            case VALUE_STRING -> {
                byte[] b = utf8(text);
                try {
                    return Speedate.dateTime(b);
                } catch (Speedate.Unparsable ignored) {
                    try {
                        return new Speedate.Stamp(Speedate.date(b), LocalTime.MIDNIGHT, null);
                    } catch (Speedate.Unparsable e) {
                        throw PydanticErrors.datetimeFromDateParsing(e.error());
                    }
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return timestamp(token, text, PydanticErrors::datetimeParsing);
            }
            default -> throw PydanticErrors.datetimeType();
        }
    }

    /** {@code TimeValidator}: a time string, or a number of seconds since midnight (UTC). */
    private static Speedate.Stamp pydanticTime(JsonToken token, String text) throws Refusal {
        try {
            switch (token) {
                case VALUE_STRING -> {
                    return Speedate.time(utf8(text), 0);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    Long whole = token == JsonToken.VALUE_NUMBER_INT ? longOrNull(text) : null;
                    if (whole != null) {
                        return secondsOfDay(whole, 0);
                    }
                    double value = LaxScalars.jsonDouble(text);
                    if (Double.isNaN(value)) {
                        throw PydanticErrors.timeParsing(NAN);
                    }
                    return secondsOfDay((long) Math.floor(value), Math.round(Math.abs(value % 1.0) * 1_000_000));
                }
                default -> throw PydanticErrors.timeType();
            }
        } catch (Speedate.Unparsable e) {
            throw PydanticErrors.timeParsing(e.error());
        }
    }

    private static Speedate.Stamp secondsOfDay(long seconds, long micros) throws Refusal, Speedate.Unparsable {
        if (seconds < 0) {
            throw PydanticErrors.timeParsing(NEGATIVE_TIME);
        }
        return Speedate.timeOfDay(Math.min(seconds, 0xffff_ffffL), micros);
    }

    private interface ErrorKind {
        Refusal refusal(String error);
    }

    private static Speedate.Stamp dateTimeFrom(byte[] b, ErrorKind kind) throws Refusal {
        try {
            return Speedate.dateTime(b);
        } catch (Speedate.Unparsable e) {
            throw kind.refusal(e.error());
        }
    }

    /** A JSON number as pydantic's {@code int_as_datetime} / {@code float_as_datetime} read it. */
    private static Speedate.Stamp timestamp(JsonToken token, String text, ErrorKind kind) throws Refusal {
        try {
            Long whole = token == JsonToken.VALUE_NUMBER_INT ? longOrNull(text) : null;
            if (whole != null) {
                return Speedate.fromTimestamp(whole, 0);
            }
            double value = LaxScalars.jsonDouble(text);
            if (Double.isNaN(value)) {
                throw kind.refusal(NAN);
            }
            return Speedate.fromFloat(value);
        } catch (Speedate.Unparsable e) {
            throw kind.refusal(e.error());
        }
    }

    private interface JavaTimeParse<T> {
        T parse();
    }

    /** databind's reading of a string pydantic could not parse; the pydantic refusal otherwise. */
    private static <T> T fallback(JsonToken token, Refusal refusal, JavaTimeParse<T> databind) throws Refusal {
        if (token != JsonToken.VALUE_STRING || !refusal.type().endsWith("_parsing")) {
            throw refusal;
        }
        try {
            return databind.parse();
        } catch (DateTimeException notIsoEither) {
            throw refusal;
        }
    }

    private static Long longOrNull(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException beyondLong) {
            return null;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
