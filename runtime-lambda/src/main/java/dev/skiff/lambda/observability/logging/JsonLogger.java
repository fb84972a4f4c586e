package dev.skiff.lambda.observability.logging;

import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.spi.LoggingEventAware;

/** An SLF4J logger writing Powertools-shaped JSON lines; key-values of the fluent API become keys. */
final class JsonLogger extends LegacyAbstractLogger implements LoggingEventAware {
    private static final long serialVersionUID = 1L;

    JsonLogger(String name) {
        this.name = name;
    }

    private static boolean on(Level level) {
        return SkiffLogging.enabled(level);
    }

    @Override
    public boolean isTraceEnabled() {
        return on(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return on(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return on(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return on(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return on(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                               Throwable throwable) {
        SkiffLogging.write(level, pattern, args, throwable, null);
    }

    /** The fluent API ({@code log.atInfo().addKeyValue(...)}) arrives here with its key-values. */
    @Override
    public void log(LoggingEvent event) {
        if (!on(event.getLevel())) {
            return;
        }
        List<KeyValuePair> keyValues = event.getKeyValuePairs();
        // The message is formatted straight into the line (LogMessages), not into a String first.
        SkiffLogging.write(event.getLevel(), event.getMessage(), event.getArgumentArray(), event.getThrowable(),
                keyValues);
    }
}
