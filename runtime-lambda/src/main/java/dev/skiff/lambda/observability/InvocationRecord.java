package dev.skiff.lambda.observability;

import dev.skiff.api.MetricUnit;
import dev.skiff.lambda.observability.logging.SkiffLogging;
import dev.skiff.lambda.spi.InvocationMetrics;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.event.KeyValuePair;

/**
 * The framework's own record of one invocation, written when its response has ended (for a
 * stream, its last chunk): an access-log line (method, path, route template, status, latency,
 * and for a streamed response whether the stream completed) and the default metrics —
 * {@code RequestCount}, then {@code Success} (2xx, 3xx), {@code ClientError} (4xx) or
 * {@code Failure} (5xx, or a stream that failed after its status was sent), {@code Latency} in
 * milliseconds, and {@code ColdStart} once per environment — with the route template (never the
 * raw path) as the {@code route} dimension.
 *
 * @param stream how a streamed response ended; null for a whole one
 */
public record InvocationRecord(String method, String path, String route, int status, double latencyMillis,
                               StreamEnd stream) {

    /** How a streamed response ended. */
    public enum StreamEnd {
        /** Every chunk was sent. */
        COMPLETED("completed"),
        /** The application failed part-way; the runtime marked the response as failed. */
        FAILED("failed");

        private final String logValue;

        StreamEnd(String logValue) {
            this.logValue = logValue;
        }
    }

    /** The record of a whole response to an invocation that started at {@code startedNanos} and ends now. */
    public static InvocationRecord of(String method, String path, String route, int status, long startedNanos) {
        return of(method, path, route, status, startedNanos, null);
    }

    /** As {@link #of(String, String, String, int, long)}, for a response that ended as {@code stream} says. */
    public static InvocationRecord of(String method, String path, String route, int status, long startedNanos,
                                      StreamEnd stream) {
        double latency = (System.nanoTime() - startedNanos) / 1_000_000.0;
        return new InvocationRecord(method, path, route, status, Math.round(latency * 1000) / 1000.0, stream);
    }

    /** Logs the access line and records the metrics; {@code coldStartFunction} is null when warm. */
    public void record(Logger log, InvocationMetrics metrics, String coldStartFunction) {
        List<KeyValuePair> keyValues = new ArrayList<>(6);
        keyValues.add(new KeyValuePair("method", method));
        keyValues.add(new KeyValuePair("path", path));
        keyValues.add(new KeyValuePair("route", route));
        keyValues.add(new KeyValuePair("status", status));
        keyValues.add(new KeyValuePair("latency_ms", latencyMillis));
        if (stream != null) {
            keyValues.add(new KeyValuePair("stream", stream.logValue));
        }
        SkiffLogging.info(log, keyValues, "{} {} {} {} ms", method, path, status, latencyMillis);
        metrics.dimension("route", route);
        metrics.add("RequestCount", 1, MetricUnit.COUNT);
        metrics.add(outcomeMetric(), 1, MetricUnit.COUNT);
        metrics.add("Latency", latencyMillis, MetricUnit.MILLISECONDS);
        if (coldStartFunction != null) {
            metrics.coldStart(coldStartFunction);
        }
    }

    private String outcomeMetric() {
        if (status >= 500 || stream == StreamEnd.FAILED) {
            return "Failure";
        }
        return status >= 400 ? "ClientError" : "Success";
    }
}
