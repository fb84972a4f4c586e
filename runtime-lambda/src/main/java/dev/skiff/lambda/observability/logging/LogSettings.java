package dev.skiff.lambda.observability.logging;

import java.util.Locale;
import java.util.function.Function;
import org.slf4j.event.Level;

/**
 * What the environment asks of logging, read once: the level ({@code POWERTOOLS_LOG_LEVEL},
 * else Lambda's {@code AWS_LAMBDA_LOG_LEVEL}, else INFO — Powertools' precedence), the
 * service name, whether to log incoming events, and the debug sampling rate.
 *
 * @param level        the least severe level written
 * @param service      {@code POWERTOOLS_SERVICE_NAME}, or Powertools' {@code service_undefined}
 * @param logEvent     {@code POWERTOOLS_LOGGER_LOG_EVENT=true}
 * @param samplingRate {@code POWERTOOLS_LOGGER_SAMPLE_RATE}: the share of invocations logged at
 *                     DEBUG, between 0 (none, the default) and 1
 */
public record LogSettings(Level level, String service, boolean logEvent, double samplingRate) {
    /** Powertools' name for a service that has not been named. */
    public static final String UNDEFINED_SERVICE = "service_undefined";

    /** Reads the settings from {@code env} (such as {@code System::getenv}). */
    public static LogSettings from(Function<String, String> env) {
        Level level = parse(env.apply("POWERTOOLS_LOG_LEVEL"));
        if (level == null) {
            level = parse(env.apply("AWS_LAMBDA_LOG_LEVEL"));
        }
        String service = env.apply("POWERTOOLS_SERVICE_NAME");
        return new LogSettings(
                level == null ? Level.INFO : level,
                service == null || service.isBlank() ? UNDEFINED_SERVICE : service,
                "true".equalsIgnoreCase(env.apply("POWERTOOLS_LOGGER_LOG_EVENT")),
                rate(env.apply("POWERTOOLS_LOGGER_SAMPLE_RATE")));
    }

    private static double rate(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            double rate = Double.parseDouble(text.trim());
            return rate >= 0 && rate <= 1 ? rate : 0;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** Whether events at {@code candidate} are written. */
    public boolean enabled(Level candidate) {
        return candidate.toInt() >= level.toInt();
    }

    private static Level parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "TRACE" -> Level.TRACE;
            case "DEBUG" -> Level.DEBUG;
            case "INFO" -> Level.INFO;
            case "WARN", "WARNING" -> Level.WARN;
            // SLF4J has nothing above ERROR: FATAL and CRITICAL keep errors only.
            case "ERROR", "FATAL", "CRITICAL" -> Level.ERROR;
            default -> null;
        };
    }
}
