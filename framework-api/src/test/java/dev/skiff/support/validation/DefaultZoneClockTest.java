package dev.skiff.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class DefaultZoneClockTest {

    @Test
    void readsTheDefaultZoneWhenAskedNotWhenCreated() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            assertThat(DefaultZoneClock.INSTANCE.getZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Lima"));
            assertThat(DefaultZoneClock.INSTANCE.getZone()).isEqualTo(ZoneId.of("America/Lima"));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void aNullClockIsTheSystemClockForTemporalAndCustomChecks() {
        assertThat(TimeChecks.compareToNow(Instant.now().plusSeconds(3600), null)).isPositive();
        assertThat(TimeChecks.compareToNow(Instant.now().minusSeconds(3600), null)).isNegative();
        assertThat(new CustomContext("t", null).getClockProvider().getClock()).isSameAs(DefaultZoneClock.INSTANCE);
        Clock fixed = Clock.fixed(Instant.EPOCH, ZoneId.of("UTC"));
        assertThat(new CustomContext("t", fixed).getClockProvider().getClock()).isSameAs(fixed);
        assertThat(TimeChecks.compareToNow(Instant.EPOCH, fixed)).isZero();
    }

    @Test
    void tellsTheSystemTime() {
        Instant before = Instant.now();
        Instant now = DefaultZoneClock.INSTANCE.instant();
        assertThat(now).isBetween(before, Instant.now());
        assertThat(DefaultZoneClock.INSTANCE.withZone(ZoneId.of("UTC")).getZone()).isEqualTo(ZoneId.of("UTC"));
    }
}
