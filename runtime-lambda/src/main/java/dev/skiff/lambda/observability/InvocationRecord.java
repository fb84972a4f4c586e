package dev.skiff.lambda.observability;

import dev.skiff.api.MetricUnit;
import dev.skiff.lambda.observability.logging.SkiffLogging;
import dev.skiff.lambda.spi.InvocationMetrics;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.event.KeyValuePair;

/**
 * The framework's own record of one invocation: an access-log line (method, path, route
 * template, status, latency) and the default metrics — {@code RequestCount}, then
 * {@code Success} (2xx, 3xx), {@code ClientError} (4xx) or {@code Failure} (5xx),
 * {@code Latency} in milliseconds, and {@code ColdStart} once per environment — with the
 * route template (never the raw path) as the {@code route} dimension.
 */
public record InvocationRecord(String method, String path, String route, int status, double latencyMillis) {

    /** The record of an invocation that started at {@code startedNanos} ({@link System#nanoTime}) and ends now. */
    public static InvocationRecord of(String method, String path, String route, int status, long startedNanos) {
        double latency = (System.nanoTime() - startedNanos) / 1_000_000.0;
        return new InvocationRecord(method, path, route, status, Math.round(latency * 1000) / 1000.0);
    }

    /** Logs the access line and records the metrics; {@code coldStartFunction} is null when warm. */
    public void record(Logger log, InvocationMetrics metrics, String coldStartFunction) {
        List<KeyValuePair> keyValues = List.of(new KeyValuePair("method", method), new KeyValuePair("path", path),
                new KeyValuePair("route", route), new KeyValuePair("status", status),
                new KeyValuePair("latency_ms", latencyMillis));
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
        if (status >= 500) {
            return "Failure";
        }
        return status >= 400 ? "ClientError" : "Success";
    }
}
