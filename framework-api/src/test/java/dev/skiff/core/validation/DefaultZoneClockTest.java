package dev.skiff.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

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
    void tellsTheSystemTime() {
        Instant before = Instant.now();
        Instant now = DefaultZoneClock.INSTANCE.instant();
        assertThat(now).isBetween(before, Instant.now());
        assertThat(DefaultZoneClock.INSTANCE.withZone(ZoneId.of("UTC")).getZone()).isEqualTo(ZoneId.of("UTC"));
    }
}
