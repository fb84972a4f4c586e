package dev.skiff.lambda.observability.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.skiff.core.Json;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written EMF document is byte for byte what Jackson's generator wrote for the same data. */
class EmfDocumentTest {

    /** The document as a Jackson generator writes it: the reference the hand-written one must match. */
    private static String jacksonWritten(long timestamp, String namespace, Map<String, String> dimensions,
                                         Map<String, EmfDocument.Metric> metrics, Map<String, Object> metadata)
            throws Exception {
        StringWriter text = new StringWriter();
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
            for (Map.Entry<String, EmfDocument.Metric> metric : metrics.entrySet()) {
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
            for (Map.Entry<String, EmfDocument.Metric> metric : metrics.entrySet()) {
                EmfDocument.Metric values = metric.getValue();
                json.writeFieldName(metric.getKey());
                if (values.count() == 1) {
                    json.writeNumber(values.value(0));
                } else {
                    json.writeStartArray();
                    for (int i = 0; i < values.count(); i++) {
                        json.writeNumber(values.value(i));
                    }
                    json.writeEndArray();
                }
            }
            json.writeEndObject();
        }
        return text.toString();
    }

    @Test
    void document_isWhatJacksonWrote_withEscapesNumbersAndMetadataValues() throws Exception {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("Service", "items \"quoted\" \\ caf\u00e9 \u2028 \ud83d\ude00");
        dimensions.put("route", "GET /items/{id}\n\t\u0001\u001f\u007f");
        Map<String, EmfDocument.Metric> metrics = new LinkedHashMap<>();
        metrics.put("RequestCount", new EmfDocument.Metric("Count", 1.0));
        metrics.put("Latency", new EmfDocument.Metric("Milliseconds", 0.1 + 0.2, 1e-7, 12345678912345.0, -0.0, 0.0, -5.0,
                9_999_999.0, 10_000_000.0, -9_999_999.0, 0.412, 1e300));
        metrics.put("Big", new EmfDocument.Metric("Bytes", 1e21));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("function_request_id", "req-1");
        metadata.put("count", 3);
        metadata.put("nested", Map.of("a", List.of(1, "b")));
        metadata.put("nothing", null);

        Map<String, EmfDocument.Metric> fewer = new LinkedHashMap<>(metrics);
        fewer.remove("Big");
        Map<String, EmfDocument.Metric> otherUnit = new LinkedHashMap<>(metrics);
        otherUnit.put("Big", new EmfDocument.Metric("Kilobytes", 2.0));
        // The directive is reused while namespace, dimension names and metric definitions repeat.
        List<Map<String, EmfDocument.Metric>> metricSets = List.of(metrics, metrics, fewer, metrics, otherUnit);
        for (String namespace : List.of("Skiff/Test", "other \"ns\"", "Skiff/Test")) {
            for (Map<String, EmfDocument.Metric> set : metricSets) {
                StringBuilder written = new StringBuilder();
                EmfDocument.write(written, 1_764_360_238_123L, namespace, dimensions, set, metadata);
                assertThat(written.toString()).isEqualTo(
                        jacksonWritten(1_764_360_238_123L, namespace, dimensions, set, metadata));
            }
        }
    }
}
