package dev.skiff.support.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, read when a temporal check asks for it. It
 * answers as {@link Clock#systemDefaultZone()} does (Hibernate Validator's default), but
 * costs nothing to pass: building a {@code systemDefaultZone()} clock clones the default
 * {@code TimeZone} on every call, which every validation paid whether it had a temporal
 * constraint or not. Generated validators pass a null clock for it, so that a validation
 * without temporal or custom constraints never loads this class (or {@link Clock}).
 */
public final class DefaultZoneClock extends Clock {
    /** The one instance: what a null clock means to the temporal and custom checks. */
    public static final Clock INSTANCE = new DefaultZoneClock();

    private DefaultZoneClock() {}

    /** {@code clock}, or this default when it is null. */
    public static Clock orDefault(Clock clock) {
        return clock != null ? clock : INSTANCE;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
