package dev.skiff.lambda.observability.logging;

import dev.skiff.lambda.json.LineBuffers;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;
import org.slf4j.spi.MDCAdapter;

/**
 * The lean JSON logging backend's settings and output: one line per event on stdout. SLF4J
 * creates its provider by itself, so this state is process-wide; the environment is read
 * once, when the first logger is made.
 *
 * <pre>{@code
 * // in a test or a benchmark harness: capture the lines, with chosen settings
 * SkiffLogging.configure(Map.of("POWERTOOLS_SERVICE_NAME", "items")::get, capturedOut);
 * }</pre>
 */
public final class SkiffLogging {
    private static volatile LogSettings settings = LogSettings.from(System::getenv);
    private static volatile PrintStream out = System.out;
    /** Set for the invocations that debug sampling picked; cleared when they end. */
    private static final ThreadLocal<Boolean> SAMPLED = new ThreadLocal<>();

    private SkiffLogging() {}

    /** Replaces the settings (read from {@code env}) and where lines go. */
    public static void configure(Function<String, String> env, PrintStream output) {
        settings = LogSettings.from(env);
        out = Objects.requireNonNull(output, "output");
    }

    /**
     * Starts an invocation's debug sampling, as Powertools does: with probability
     * {@code POWERTOOLS_LOGGER_SAMPLE_RATE} this thread logs at DEBUG until
     * {@link #endInvocation()}. Returns whether it was picked.
     */
    public static boolean beginInvocation(double draw) {
        boolean sampled = settings.samplingRate() > 0 && draw < settings.samplingRate();
        if (sampled) {
            SAMPLED.set(Boolean.TRUE);
        }
        return sampled;
    }

    /** Ends the invocation's debug sampling. */
    public static void endInvocation() {
        SAMPLED.remove();
    }

    static boolean enabled(Level level) {
        return settings.enabled(level) || level.toInt() >= Level.DEBUG.toInt() && SAMPLED.get() != null;
    }

    /** The settings in force. */
    public static LogSettings settings() {
        return settings;
    }

    /** Formats a representative line and drops it, so the formatter is warm in a SnapStart snapshot. */
    public static void prime() {
        LogLineFormatter.format(Instant.now(), Level.INFO, "priming", new IllegalStateException("priming"),
                settings.service(), Map.of("cold_start", "true", "function_memory_size", "128"),
                List.of(new KeyValuePair("priming", 1)));
    }

    /**
     * Logs at INFO with key-values, as {@code log.atInfo().addKeyValue(...).log(pattern, args)}
     * does: when {@code log} is Skiff's own logger, the line is written straight away (the
     * same line the fluent builder's event would give it, without building that event);
     * any other SLF4J backend gets the fluent builder.
     */
    public static void info(Logger log, List<KeyValuePair> keyValues, String pattern, Object... args) {
        if (log instanceof JsonLogger) {
            if (log.isInfoEnabled()) {
                write(Level.INFO, pattern, args, null, keyValues);
            }
            return;
        }
        LoggingEventBuilder event = log.atInfo();
        for (KeyValuePair pair : keyValues) {
            event = event.addKeyValue(pair.key, pair.value);
        }
        event.log(pattern, args);
    }

    /** Writes one line: {@code pattern} with SLF4J's {@code {}} replaced by {@code args} (null: none). */
    static void write(Level level, String pattern, Object[] args, Throwable error, List<KeyValuePair> keyValues) {
        long now = System.currentTimeMillis();
        StringBuilder line = LineBuffers.take();
        try {
            MDCAdapter adapter = MDC.getMDCAdapter();
            // Skiff's own provider: read the thread's MDC in place rather than copying it per line.
            Map<String, String> mdc = adapter instanceof SkiffMdcAdapter skiff ? skiff.current()
                    : adapter == null ? null : adapter.getCopyOfContextMap();
            LogLineFormatter.formatTo(line, now, level, pattern, args, error, settings.service(), mdc, keyValues);
            String text = line.append('\n').toString();
            PrintStream target = out;
            // One print per line: Lambda turns each stdout line into one CloudWatch event.
            synchronized (target) {
                target.print(text);
                target.flush();
            }
        } finally {
            LineBuffers.release(line);
        }
    }
}
