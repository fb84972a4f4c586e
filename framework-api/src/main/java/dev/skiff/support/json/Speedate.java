package dev.skiff.support.json;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The date and time grammar of speedate 0.17 (the parser of pydantic-core 2.x) with pydantic's
 * settings: fractions past the precision are truncated, unix timestamps are seconds up to 2e10 and
 * milliseconds beyond, and a timestamp is in UTC. A failure carries speedate's documentation of its
 * {@code ParseError}, the {@code {error}} of pydantic's messages. Differences, for Java's types: a
 * fraction keeps nine digits (pydantic six), as java.time and databind do.
 *
 * <pre>{@code
 * Speedate.Stamp s = Speedate.dateTime(bytes);   // "2024-01-02T03:04:05+01:00"
 * }</pre>
 */
final class Speedate {
    static final String TOO_SHORT = "input is too short";
    static final String EXTRA_CHARACTERS = "unexpected extra characters at the end of the input";
    static final String DATE_NOT_EXACT = "Timestamp is not an exact date";
    static final String DATE_TOO_SMALL = "dates before 0000 are not supported as unix timestamps";
    static final String DATE_TOO_LARGE = "dates after 9999 are not supported as unix timestamps";
    static final String TIME_TOO_LARGE = "numeric times may not exceed 86,399 seconds";

    /** 2e10: a larger timestamp is in milliseconds. */
    private static final long MS_WATERSHED = 20_000_000_000L;
    private static final long UNIX_0000 = -62_167_219_200L;
    private static final long UNIX_9999 = 253_402_300_799L;

    private Speedate() {
    }

    /** A date, a time of day and its offset in seconds, null when naive. */
    record Stamp(LocalDate date, LocalTime time, Integer offset) {
    }

    /** A refusal in speedate's words; no stack trace, it is an answer. */
    static final class Unparsable extends Exception {
        Unparsable(String error) {
            super(error, null, false, false);
        }

        String error() {
            return getMessage();
        }
    }

    /** {@code Date::parse_bytes_with_config}: {@code YYYY-MM-DD} exactly, or an integer timestamp at midnight. */
    static LocalDate date(byte[] b) throws Unparsable {
        try {
            LocalDate d = datePart(b);
            if (b.length > 10) {
                throw new Unparsable(EXTRA_CHARACTERS);
            }
            return d;
        } catch (Unparsable e) {
            Long timestamp = integer(b);
            if (timestamp == null) {
                throw e;
            }
            Stamp s = fromTimestamp(timestamp, 0);
            if (!s.time().equals(LocalTime.MIDNIGHT)) {
                throw new Unparsable(DATE_NOT_EXACT);
            }
            return s.date();
        }
    }

    /** {@code DateTime::parse_bytes_with_config}: RFC 3339 (lenient), else a numeric timestamp. */
    static Stamp dateTime(byte[] b) throws Unparsable {
        try {
            LocalDate date = datePart(b);
            int sep = b.length > 10 ? b[10] : -1;
            if (sep != 'T' && sep != 't' && sep != ' ' && sep != '_') {
                throw new Unparsable("invalid datetime separator, expected `T`, `t`, `_` or space");
            }
            Stamp t = time(b, 11);
            return new Stamp(date, t.time(), t.offset());
        } catch (Unparsable e) {
            Long whole = integer(b);
            if (whole != null) {
                return fromTimestamp(whole, 0);
            }
            if (!failsAtDot(b) || !new String(b, java.nio.charset.StandardCharsets.US_ASCII)
                    .matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                throw e;
            }
            double value = Double.parseDouble(new String(b, java.nio.charset.StandardCharsets.US_ASCII));
            double seconds = Math.abs(value) > MS_WATERSHED ? value / 1000 : value;
            long floor = (long) Math.floor(seconds);
            return fromTimestamp(floor, Math.round((seconds - floor) * 1_000_000));
        }
    }

    /** {@code DateTime::from_float_with_config}, as pydantic calls it for a JSON float. */
    static Stamp fromFloat(double value) throws Unparsable {
        // speedate takes |fract| from the truncated value but adds it to the floor: -1.25 reads as -1.75
        double fraction = Math.abs(value % 1.0);
        double micros = Math.abs(value) <= MS_WATERSHED ? fraction * 1_000_000 : fraction * 1_000;
        return fromTimestamp((long) Math.floor(value), Math.round(micros));
    }

    /** {@code DateTime::from_timestamp_with_config}: UTC, seconds or (past 2e10) milliseconds. */
    static Stamp fromTimestamp(long timestamp, long extraMicros) throws Unparsable {
        if (timestamp == Long.MIN_VALUE) {
            throw new Unparsable(DATE_TOO_SMALL);
        }
        long seconds = timestamp;
        long micros = 0;
        if (Math.abs(timestamp) > MS_WATERSHED) {
            seconds = timestamp / 1000;
            micros = timestamp % 1000 * 1000;
            if (micros < 0) {
                seconds -= 1;
                micros += 1_000_000;
            }
        }
        micros += extraMicros;
        if (micros > 0xffff_ffffL) {
            throw new Unparsable(TIME_TOO_LARGE);
        }
        seconds += micros / 1_000_000;
        micros %= 1_000_000;
        if (seconds < UNIX_0000) {
            throw new Unparsable(DATE_TOO_SMALL);
        }
        if (seconds > UNIX_9999) {
            throw new Unparsable(DATE_TOO_LARGE);
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        long nanos = Math.floorMod(seconds, 86_400) * 1_000_000_000L + micros * 1000;
        return new Stamp(date, LocalTime.ofNanoOfDay(nanos), 0);
    }

    /** {@code Time::from_timestamp_with_config}: seconds of the day, in UTC. */
    static Stamp timeOfDay(long seconds, long micros) throws Unparsable {
        long total = seconds + micros / 1_000_000;
        if (total >= 86_400) {
            throw new Unparsable(TIME_TOO_LARGE);
        }
        return new Stamp(null, LocalTime.ofNanoOfDay(total * 1_000_000_000L + micros % 1_000_000 * 1000), 0);
    }

    /** {@code Date::parse_bytes_partial}: the first ten bytes as {@code YYYY-MM-DD}. */
    private static LocalDate datePart(byte[] b) throws Unparsable {
        if (b.length < 10) {
            throw new Unparsable(TOO_SHORT);
        }
        int year = digits(b, 0, 4, "invalid character in year");
        expect(b, 4, '-', "invalid date separator, expected `-`");
        int month = digits(b, 5, 2, "invalid character in month");
        expect(b, 7, '-', "invalid date separator, expected `-`");
        int day = digits(b, 8, 2, "invalid character in day");
        if (month < 1 || month > 12) {
            throw new Unparsable("month value is outside expected range of 1-12");
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int maxDay = month == 2 ? (leap ? 29 : 28) : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        if (day < 1 || day > maxDay) {
            throw new Unparsable("day value is outside expected range");
        }
        return LocalDate.of(year, month, day);
    }

    /** {@code Time::parse_bytes_offset}: {@code HH:MM[:SS[.f]]} then {@code Z}, {@code ±HH:MM} or {@code ±HHMM}. */
    static Stamp time(byte[] b, int at) throws Unparsable {
        if (b.length - at < 5) {
            throw new Unparsable(TOO_SHORT);
        }
        int hour = digits(b, at, 2, "invalid character in hour");
        expect(b, at + 2, ':', "invalid time separator, expected `:`");
        int minute = digits(b, at + 3, 2, "invalid character in minute");
        if (hour > 23) {
            throw new Unparsable("hour value is outside expected range of 0-23");
        }
        if (minute > 59) {
            throw new Unparsable("minute value is outside expected range of 0-59");
        }
        int pos = at + 5;
        int second = 0;
        int nano = 0;
        if (pos < b.length && b[pos] == ':') {
            second = digits(b, pos + 1, 2, "invalid character in second");
            if (second > 59) {
                throw new Unparsable("second value is outside expected range of 0-59");
            }
            pos += 3;
            if (pos < b.length && (b[pos] == '.' || b[pos] == ',')) {
                pos++;
                int count = 0;
                while (pos < b.length && isDigit(b[pos])) {
                    if (count < 9) {
                        nano = nano * 10 + b[pos] - '0';
                    }
                    count++;
                    pos++;
                }
                if (count == 0) {
                    throw new Unparsable("second fraction digits missing after `.`");
                }
                for (int k = count; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        Integer offset = null;
        if (pos < b.length) {
            offset = offset(b, pos);
            pos = b.length;
        }
        return new Stamp(null, LocalTime.of(hour, minute, second, nano), offset);
    }

    /** The offset that ends the input at {@code pos}, in seconds. */
    private static int offset(byte[] b, int pos) throws Unparsable {
        int c = b[pos++] & 0xff;
        int end;
        int value;
        if (c == 'Z' || c == 'z') {
            value = 0;
            end = pos;
        } else {
            int sign;
            if (c == '+') {
                sign = 1;
            } else if (c == '-') {
                sign = -1;
            } else if (c == 0xe2) {
                // U+2212 MINUS SIGN, which ISO 8601 allows, in UTF-8
                if (pos >= b.length || (b[pos] & 0xff) != 0x88 || pos + 1 >= b.length || (b[pos + 1] & 0xff) != 0x92) {
                    throw new Unparsable("invalid timezone sign");
                }
                pos += 2;
                sign = -1;
            } else {
                throw new Unparsable("invalid timezone sign");
            }
            int hours = digits(b, pos, 2, "invalid timezone hour");
            int m1;
            if (pos + 2 < b.length && b[pos + 2] == ':') {
                pos += 3;
                m1 = digits(b, pos, 1, "invalid timezone minute");
            } else if (pos + 2 < b.length && isDigit(b[pos + 2])) {
                pos += 2;
                m1 = b[pos] - '0';
            } else {
                throw new Unparsable("invalid timezone minute");
            }
            int minutes = m1 * 10 + digits(b, pos + 1, 1, "invalid timezone minute");
            if (minutes >= 60) {
                throw new Unparsable("timezone minute value is outside expected range of 0-59");
            }
            value = sign * (hours * 3600 + minutes * 60);
            if (Math.abs(value) >= 86_400) {
                throw new Unparsable("timezone offset must be less than 24 hours");
            }
            end = pos + 2;
        }
        if (b.length > end) {
            throw new Unparsable(EXTRA_CHARACTERS);
        }
        return value;
    }

    /** speedate's {@code int_parse_bytes}: an optional sign and ASCII digits fitting an i64; null otherwise. */
    static Long integer(byte[] b) {
        IntScan scan = scan(b);
        return scan.stop() == IntScan.COMPLETE ? scan.value() : null;
    }

    /** speedate's {@code int_parse_bytes_internal}: the value, or the byte it stopped at (-1: empty input). */
    private record IntScan(long value, int stop) {
        static final int COMPLETE = Integer.MIN_VALUE;
    }

    private static IntScan scan(byte[] b) {
        if (b.length == 0) {
            return new IntScan(0, -1);
        }
        int i = b.length >= 2 && (b[0] == '-' || b[0] == '+') ? 1 : 0;
        long value = 0;
        for (int k = i; k < b.length; k++) {
            if (!isDigit(b[k])) {
                return new IntScan(0, b[k] & 0xff);
            }
            value = value * 10 + (b[k] - '0');
            if (value < 0) {
                return new IntScan(0, b[k] & 0xff);
            }
        }
        return new IntScan(i == 1 && b[0] == '-' ? -value : value, IntScan.COMPLETE);
    }

    private static boolean failsAtDot(byte[] b) {
        return scan(b).stop() == '.';
    }

    private static int digits(byte[] b, int at, int count, String error) throws Unparsable {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            if (i >= b.length || !isDigit(b[i])) {
                throw new Unparsable(error);
            }
            value = value * 10 + b[i] - '0';
        }
        return value;
    }

    private static void expect(byte[] b, int at, char c, String error) throws Unparsable {
        if (b[at] != c) {
            throw new Unparsable(error);
        }
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
