package dev.skiff.lambda.logging;

import java.util.Locale;
import java.util.function.Function;
import org.slf4j.event.Level;

/**
 * What the environment asks of logging, read once: the level ({@code POWERTOOLS_LOG_LEVEL},
 * else Lambda's {@code AWS_LAMBDA_LOG_LEVEL}, else INFO — Powertools' precedence), the
 * service name and whether to log incoming events.
 *
 * @param level    the least severe level written
 * @param service  {@code POWERTOOLS_SERVICE_NAME}, or Powertools' {@code service_undefined}
 * @param logEvent {@code POWERTOOLS_LOGGER_LOG_EVENT=true}
 */
public record LogSettings(Level level, String service, boolean logEvent) {
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
                "true".equalsIgnoreCase(env.apply("POWERTOOLS_LOGGER_LOG_EVENT")));
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
