package dev.skiff.lambda.observability.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Skiff's SLF4J 2 provider: JSON lines with Powertools' keys on stdout. It is deliberately not
 * registered in {@code META-INF/services}: the Lambda handler names it in the
 * {@code slf4j.provider} system property before anything logs, so SLF4J takes it without
 * searching, and a local run of the same jar keeps whatever provider the application ships
 * (no "multiple providers" choice for SLF4J to make). Elsewhere, name it yourself:
 *
 * <pre>{@code
 * java -Dslf4j.provider=dev.skiff.lambda.observability.logging.SkiffLoggingProvider ...
 * }</pre>
 */
public final class SkiffLoggingProvider implements SLF4JServiceProvider {
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory loggerFactory = name -> loggers.computeIfAbsent(name, JsonLogger::new);
    private final IMarkerFactory markerFactory = new BasicMarkerFactory();
    private final MDCAdapter mdcAdapter = new SkiffMdcAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Nothing to set up: settings are read lazily from the environment.
    }
}
