package dev.skiff.lambda.observability.logging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Appends epoch milliseconds as Powertools writes log timestamps,
 * {@code 2026-11-28T20:03:58.123Z} (ISO-8601, UTC, milliseconds), without a formatter per
 * line: the date part is made once a day, the time of day by hand.
 *
 * <pre>{@code
 * UtcTimestamp.append(line, System.currentTimeMillis());
 * }</pre>
 */
final class UtcTimestamp {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    /** For years the fast path does not write like the pattern does (before 0, after 9999); loaded only then. */
    private static final class Pattern {
        static final DateTimeFormatter FORMATTER =
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    }

    /** The last day seen and its {@code yyyy-MM-ddT}; swapped whole, so threads never see half. */
    private static volatile Day lastDay = new Day(Long.MIN_VALUE, "");

    private record Day(long epochDay, String text) {}

    private UtcTimestamp() {}

    /** Appends {@code epochMillis} as {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (unquoted). */
    static void append(StringBuilder out, long epochMillis) {
        long epochDay = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        Day day = lastDay;
        if (day.epochDay() != epochDay) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            if (date.getYear() < 0 || date.getYear() > 9999) {
                out.append(Pattern.FORMATTER.format(Instant.ofEpochMilli(epochMillis)));
                return;
            }
            StringBuilder text = new StringBuilder(11);
            int year = date.getYear();
            text.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10));
            twoDigits(text, year % 100);
            twoDigits(text.append('-'), date.getMonthValue());
            twoDigits(text.append('-'), date.getDayOfMonth());
            day = new Day(epochDay, text.append('T').toString());
            lastDay = day;
        }
        int millisOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
        out.append(day.text());
        twoDigits(out, millisOfDay / 3_600_000);
        out.append(':');
        twoDigits(out, millisOfDay / 60_000 % 60);
        out.append(':');
        twoDigits(out, millisOfDay / 1000 % 60);
        out.append('.');
        int millis = millisOfDay % 1000;
        out.append((char) ('0' + millis / 100));
        twoDigits(out, millis % 100);
        out.append('Z');
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
