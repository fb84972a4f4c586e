package dev.skiff.validation.differential;

import dev.skiff.validation.fixtures.Account;
import dev.skiff.validation.fixtures.AdminAccount;
import dev.skiff.validation.fixtures.Containers;
import dev.skiff.validation.fixtures.Custom;
import dev.skiff.validation.fixtures.Flags;
import dev.skiff.validation.fixtures.Generics;
import dev.skiff.validation.fixtures.Numbers;
import dev.skiff.validation.fixtures.Texts;
import dev.skiff.validation.fixtures.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;

/** How to make a random instance of each fixture. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();

    private Fixtures() {}

    static Texts texts(Inputs in) {
        return new Texts(in.orNull(in::text), in.chance(70) ? null : in.text(), in.orNull(in::text), in.orNull(in::text),
                in.orNull(in::text), in.orNull(in::text), in.orNull(in::text), in.orNull(in::email), in.orNull(in::email),
                in.orNull(in::text), in.orNull(in::text), in.orNull(in::text), in.orNull(in::text), in.orNull(in::text));
    }

    static Numbers numbers(Inputs in) {
        return new Numbers(in.anInt(), in.orNull(in::anInt), in.aLong(), in.orNull(in::aLong), (short) in.anInt(),
                in.orNull(() -> (byte) in.anInt()), in.finiteDouble(), in.orNull(in::aDouble), in.aFloat(),
                in.orNull(in::aFloat), in.orNull(in::aDecimal), in.orNull(in::aBigInteger), in.orNull(in::aNumber), in.aLong(),
                in.aDouble(), in.orNull(in::aFloat), in.aDouble(), in.aFloat());
    }

    static Flags flags(Inputs in) {
        return new Flags(in.chance(50), in.orNull(() -> in.chance(50)), in.orNull(() -> in.chance(50)));
    }

    static Times times(Inputs in) {
        Duration shift = in.pick(Duration.ZERO, Duration.ofNanos(1), Duration.ofMillis(1), Duration.ofSeconds(1),
                Duration.ofHours(2), Duration.ofDays(1), Duration.ofDays(40), Duration.ofDays(400));
        Instant at = in.chance(50) ? NOW.plus(shift) : NOW.minus(shift);
        ZoneOffset offset = in.pick(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5));
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return new Times(
                in.orNull(() -> at),
                in.orNull(() -> LocalDate.ofInstant(at, ZoneOffset.UTC)),
                in.orNull(() -> LocalDateTime.ofInstant(at, offset)),
                in.orNull(() -> ZonedDateTime.ofInstant(at, offset)),
                in.orNull(() -> OffsetDateTime.ofInstant(at, offset)),
                in.orNull(() -> LocalTime.ofInstant(at, ZoneOffset.UTC)),
                in.orNull(() -> OffsetTime.ofInstant(at, offset)),
                in.orNull(() -> Year.from(LocalDate.ofInstant(at, ZoneOffset.UTC))),
                in.orNull(() -> YearMonth.from(LocalDate.ofInstant(at, ZoneOffset.UTC))),
                in.orNull(() -> MonthDay.from(LocalDate.ofInstant(at, ZoneOffset.UTC))),
                in.orNull(() -> Date.from(at)),
                in.orNull(() -> calendar));
    }

    static Containers containers(Inputs in) {
        return new Containers(
                in.orNull(() -> in.list(() -> in.orNull(in::text), 5)),
                in.orNull(() -> in.map(() -> in.orNull(in::anInt), 3)),
                in.chance(20) ? null : Optional.ofNullable(in.orNull(in::email)),
                in.chance(20) ? null : Optional.ofNullable(in.orNull(in::anInt)),
                in.orNull(() -> in.list(() -> in.orNull(() -> in.list(() -> in.orNull(in::text), 3)), 3)),
                in.orNull(() -> child(in, 2)),
                in.orNull(() -> in.list(() -> in.orNull(() -> child(in, 1)), 3)),
                in.orNull(() -> in.list(() -> in.orNull(() -> child(in, 1)), 3)),
                in.orNull(() -> in.map(() -> in.orNull(() -> child(in, 1)), 3)),
                in.chance(20) ? null : Optional.ofNullable(in.orNull(() -> child(in, 1))),
                in.orNull(() -> new java.util.LinkedHashSet<>(in.list(() -> in.orNull(in::text), 3))));
    }

    static Containers.Child child(Inputs in, int depth) {
        return new Containers.Child(in.orNull(in::text), in.orNull(() -> in.list(() -> in.orNull(in::anInt), 3)),
                depth > 0 && in.chance(40) ? child(in, depth - 1) : null);
    }

    static Generics generics(Inputs in) {
        return new Generics(in.orNull(() -> page(in, () -> line(in))),
                in.orNull(() -> in.list(() -> in.orNull(() -> page(in, () -> line(in))), 3)),
                in.orNull(() -> in.map(() -> in.orNull(() -> page(in, () -> line(in))), 2)),
                in.orNull(() -> page(in, () -> in.list(() -> in.orNull(() -> line(in)), 2))),
                in.orNull(in::text));
    }

    static <T> Generics.Page<T> page(Inputs in, java.util.function.Supplier<T> item) {
        return new Generics.Page<>(in.orNull(() -> in.list(() -> in.orNull(item), 3)),
                in.orNull(() -> in.list(() -> in.orNull(item), 2)), in.orNull(item), in.between(-2, 3));
    }

    static Generics.Line line(Inputs in) {
        return new Generics.Line(in.orNull(in::text), in.between(-1, 3));
    }

    static Account account(Inputs in) {
        return new Account(in.orNull(in::text), in.orNull(in::email), in.orNull(() -> child(in, 1)), in.orNull(in::text));
    }

    static AdminAccount adminAccount(Inputs in) {
        return new AdminAccount(in.orNull(in::text), in.orNull(in::email), in.orNull(() -> child(in, 1)), in.orNull(in::text),
                in.pick(0, 1, 3, 4, -1));
    }

    static Custom custom(Inputs in) {
        return new Custom(in.orNull(in::text), in.orNull(in::text), in.orNull(() -> in.list(() -> in.orNull(in::text), 3)),
                in.orNull(() -> in.pick("ann", "ann1", "ann!", "a1!", in.text())),
                in.orNull(() -> in.list(() -> in.orNull(() -> in.pick("bob", "b0b", "bob!", in.text())), 3)));
    }
}
