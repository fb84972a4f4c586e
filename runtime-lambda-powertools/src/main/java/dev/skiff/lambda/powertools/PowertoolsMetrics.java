package dev.skiff.lambda.powertools;

import dev.skiff.lambda.spi.InvocationMetrics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * One invocation's metrics on powertools-metrics: handler metrics and metadata go to
 * Powertools' instance, flushed once; the dimensions ({@code Service}, {@code route}, any the
 * handler adds) are set as Powertools' default dimension set just before the flush, so that
 * they form one set as in the lean backend (Powertools' {@code addDimension} would start a new
 * set per call). The cold start is a single-metric flush with {@code Service} and
 * {@code FunctionName}, from the framework's own flag.
 *
 * <p>Powertools rejects dimension values containing whitespace (CloudWatch does not), so the
 * {@code route} dimension is written {@code GET_/items/{id}} here, where the lean backend writes
 * {@code GET /items/{id}}. What Powertools refuses is logged and dropped: a metric must never
 * fail a request.
 */
final class PowertoolsMetrics implements InvocationMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(PowertoolsMetrics.class);

    private final Metrics metrics;
    private final String namespace;
    private final String service;
    private final Map<String, String> dimensions = new LinkedHashMap<>();

    PowertoolsMetrics(Metrics metrics, String namespace, String service) {
        this.metrics = metrics;
        this.namespace = namespace;
        this.service = service;
        dimensions.put("Service", service);
    }

    @Override
    public void add(String name, double value, dev.skiff.api.MetricUnit unit) {
        try {
            metrics.addMetric(name, value, MetricUnit.valueOf(unit.name()));
        } catch (IllegalArgumentException refused) {
            LOG.warn("Metric {} dropped: {}", name, refused.getMessage());
        }
    }

    @Override
    public void dimension(String name, String value) {
        if (name != null && value != null && !value.isBlank()) {
            dimensions.put(name, value.trim().replaceAll("\\s+", "_"));
        }
    }

    @Override
    public void metadata(String key, Object value) {
        try {
            metrics.addMetadata(key, value);
        } catch (IllegalArgumentException refused) {
            LOG.warn("Metadata {} dropped: {}", key, refused.getMessage());
        }
    }

    @Override
    public void coldStart(String functionName) {
        String function = functionName == null || functionName.isBlank() ? "unknown" : functionName;
        metrics.flushSingleMetric("ColdStart", 1, MetricUnit.COUNT, namespace,
                DimensionSet.of("Service", service, "FunctionName", function));
    }

    @Override
    public void flush() {
        try {
            metrics.setDefaultDimensions(DimensionSet.of(dimensions));
        } catch (IllegalArgumentException refused) {
            LOG.warn("Dimensions {} refused, keeping Service only: {}", dimensions, refused.getMessage());
            metrics.setDefaultDimensions(DimensionSet.of("Service", service));
        }
        metrics.flush();
    }
}
