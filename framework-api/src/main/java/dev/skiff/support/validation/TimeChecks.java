package dev.skiff.support.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;

/**
 * {@code @Past}, {@code @PastOrPresent}, {@code @Future} and {@code @FutureOrPresent} for
 * generated validators: each compares a value with "now" read from the given clock, in the
 * value's own type, as Hibernate Validator does (so a {@code LocalDate} of today is present,
 * not past). The generated check reads {@code compareToNow(v, clock) < 0} for {@code @Past}.
 * A null clock is the system clock in the default time zone. Callers check the value for null
 * first.
 *
 * <p>{@code if (!(TimeChecks.compareToNow(birthday, clock) < 0)) { ... }}
 */
public final class TimeChecks {
    private TimeChecks() {}

    public static int compareToNow(Instant value, Clock clock) {
        return value.compareTo(Instant.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(LocalDate value, Clock clock) {
        return value.compareTo(LocalDate.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(LocalDateTime value, Clock clock) {
        return value.compareTo(LocalDateTime.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(LocalTime value, Clock clock) {
        return value.compareTo(LocalTime.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(OffsetDateTime value, Clock clock) {
        return value.compareTo(OffsetDateTime.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(OffsetTime value, Clock clock) {
        return value.compareTo(OffsetTime.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(ZonedDateTime value, Clock clock) {
        return value.compareTo(ZonedDateTime.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(Year value, Clock clock) {
        return value.compareTo(Year.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(YearMonth value, Clock clock) {
        return value.compareTo(YearMonth.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(MonthDay value, Clock clock) {
        return value.compareTo(MonthDay.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(Date value, Clock clock) {
        return Instant.ofEpochMilli(value.getTime()).compareTo(Instant.now(DefaultZoneClock.orDefault(clock)));
    }

    public static int compareToNow(Calendar value, Clock clock) {
        return Instant.ofEpochMilli(value.getTimeInMillis()).compareTo(Instant.now(DefaultZoneClock.orDefault(clock)));
    }
}
