package dev.skiff.lambda.spi;

import dev.skiff.api.Metrics;

/** One invocation's metrics: what handlers add, plus the framework's own, flushed once at the end. */
public interface InvocationMetrics extends Metrics {
    /** Records {@code ColdStart = 1} with the {@code Service} and {@code FunctionName} dimensions. */
    void coldStart(String functionName);

    /** Writes everything recorded, once, as the invocation ends. */
    void flush();
}
