package dev.skiff.lambda.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.skiff.core.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One CloudWatch Embedded Metric Format document, per the published specification: an
 * {@code _aws} member with {@code Timestamp} and one {@code CloudWatchMetrics} directive
 * (namespace, one dimension set, metric definitions), and every dimension, metric value and
 * metadata entry as a top-level member.
 */
final class EmfDocument {
    private EmfDocument() {}

    record Metric(String unit, List<Double> values) {}

    static String write(long timestamp, String namespace, Map<String, String> dimensions,
                        Map<String, Metric> metrics, Map<String, Object> metadata) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeObjectFieldStart("_aws");
            json.writeNumberField("Timestamp", timestamp);
            json.writeArrayFieldStart("CloudWatchMetrics");
            json.writeStartObject();
            json.writeStringField("Namespace", namespace);
            json.writeArrayFieldStart("Dimensions");
            json.writeStartArray();
            for (String dimension : dimensions.keySet()) {
                json.writeString(dimension);
            }
            json.writeEndArray();
            json.writeEndArray();
            json.writeArrayFieldStart("Metrics");
            for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
                json.writeStartObject();
                json.writeStringField("Name", metric.getKey());
                json.writeStringField("Unit", metric.getValue().unit());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            for (Map.Entry<String, Object> entry : metadata.entrySet()) {
                json.writeFieldName(entry.getKey());
                Json.mapper().writeValue(json, entry.getValue());
            }
            for (Map.Entry<String, String> dimension : dimensions.entrySet()) {
                json.writeStringField(dimension.getKey(), dimension.getValue());
            }
            for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
                List<Double> values = metric.getValue().values();
                json.writeFieldName(metric.getKey());
                if (values.size() == 1) {
                    json.writeNumber(values.get(0));
                } else {
                    json.writeStartArray();
                    for (double value : values) {
                        json.writeNumber(value);
                    }
                    json.writeEndArray();
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("an EMF document could not be written", e);
        }
        return text.toString();
    }
}
