package dev.skiff.lambda.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.skiff.core.Json;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One CloudWatch Embedded Metric Format document, per the published specification: an
 * {@code _aws} member with {@code Timestamp} and one {@code CloudWatchMetrics} directive
 * (namespace, one dimension set, metric definitions), and every dimension, metric value and
 * metadata entry as a top-level member.
 *
 * <p>Appended to a reused builder by hand, with the text Jackson's generator wrote before
 * (numbers as {@code Double.toString}, strings escaped as Jackson escapes them); only
 * metadata values other than strings still go through Jackson.
 */
final class EmfDocument {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The namespace's part of the directive, rendered once per namespace. */
    private static volatile Head head = new Head(null, null);

    private record Head(String namespace, String text) {}

    private EmfDocument() {}

    record Metric(String unit, List<Double> values) {}

    /** Appends the document, without a line break. */
    static void write(StringBuilder out, long timestamp, String namespace, Map<String, String> dimensions,
                      Map<String, Metric> metrics, Map<String, Object> metadata) {
        out.append("{\"_aws\":{\"Timestamp\":").append(timestamp).append(headOf(namespace));
        boolean first = true;
        for (String dimension : dimensions.keySet()) {
            out.append(first ? "" : ",");
            appendString(out, dimension);
            first = false;
        }
        out.append("]],\"Metrics\":[");
        first = true;
        for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
            out.append(first ? "{\"Name\":" : ",{\"Name\":");
            appendString(out, metric.getKey());
            out.append(",\"Unit\":");
            appendString(out, metric.getValue().unit());
            out.append('}');
            first = false;
        }
        out.append("]}]}");
        for (Map.Entry<String, Object> entry : metadata.entrySet()) {
            appendName(out, entry.getKey());
            appendValue(out, entry.getValue());
        }
        for (Map.Entry<String, String> dimension : dimensions.entrySet()) {
            appendName(out, dimension.getKey());
            appendString(out, dimension.getValue());
        }
        for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
            List<Double> values = metric.getValue().values();
            appendName(out, metric.getKey());
            if (values.size() == 1) {
                out.append(values.get(0).doubleValue());
            } else {
                out.append('[');
                for (int i = 0; i < values.size(); i++) {
                    out.append(i == 0 ? "" : ",").append(values.get(i).doubleValue());
                }
                out.append(']');
            }
        }
        out.append('}');
    }

    /** {@code ,"CloudWatchMetrics":[{"Namespace":"ns","Dimensions":[[}, kept for the last namespace. */
    private static String headOf(String namespace) {
        Head current = head;
        if (current.text() == null || !current.namespace().equals(namespace)) {
            StringBuilder text = new StringBuilder(64).append(",\"CloudWatchMetrics\":[{\"Namespace\":");
            appendString(text, namespace);
            current = new Head(namespace, text.append(",\"Dimensions\":[[").toString());
            head = current;
        }
        return current.text();
    }

    private static void appendName(StringBuilder out, String name) {
        out.append(',');
        appendString(out, name);
        out.append(':');
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value instanceof String text) {
            appendString(out, text);
            return;
        }
        try {
            out.append(Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException unwritable) {
            throw new UncheckedIOException("an EMF metadata value could not be written", unwritable);
        }
    }

    /** A JSON string as Jackson writes one: short escapes where JSON has them, else six-character hex escapes. */
    static void appendString(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                out.append(c);
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append('"');
    }
}
