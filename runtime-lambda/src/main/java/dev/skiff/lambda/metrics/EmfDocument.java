package dev.skiff.lambda.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.skiff.core.Json;
import dev.skiff.lambda.logging.JsonText;
import java.io.UncheckedIOException;
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
    /** The namespace's part of the directive, rendered once per namespace. */
    private static volatile Head head = new Head(null, null);

    private record Head(String namespace, String text) {}

    private EmfDocument() {}

    /** A metric's unit and values, kept unboxed. */
    static final class Metric {
        private final String unit;
        private double[] values;
        private int count;

        Metric(String unit, double... values) {
            this.unit = unit;
            this.values = values.length == 0 ? new double[1] : values.clone();
            this.count = values.length;
        }

        String unit() {
            return unit;
        }

        void add(double value) {
            if (count == values.length) {
                values = java.util.Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
        }

        int count() {
            return count;
        }

        double value(int index) {
            return values[index];
        }
    }

    /** Appends the document, without a line break. */
    static void write(StringBuilder out, long timestamp, String namespace, Map<String, String> dimensions,
                      Map<String, Metric> metrics, Map<String, Object> metadata) {
        out.append("{\"_aws\":{\"Timestamp\":").append(timestamp).append(headOf(namespace));
        boolean first = true;
        for (String dimension : dimensions.keySet()) {
            out.append(first ? "" : ",");
            JsonText.appendStandard(out, dimension);
            first = false;
        }
        out.append("]],\"Metrics\":[");
        first = true;
        for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
            out.append(first ? "{\"Name\":" : ",{\"Name\":");
            JsonText.appendStandard(out, metric.getKey());
            out.append(",\"Unit\":");
            JsonText.appendStandard(out, metric.getValue().unit());
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
            JsonText.appendStandard(out, dimension.getValue());
        }
        for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
            Metric values = metric.getValue();
            appendName(out, metric.getKey());
            if (values.count() == 1) {
                appendNumber(out, values.value(0));
            } else {
                out.append('[');
                for (int i = 0; i < values.count(); i++) {
                    appendNumber(appendComma(out, i), values.value(i));
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
            JsonText.appendStandard(text, namespace);
            current = new Head(namespace, text.append(",\"Dimensions\":[[").toString());
            head = current;
        }
        return current.text();
    }

    private static StringBuilder appendComma(StringBuilder out, int index) {
        return index == 0 ? out : out.append(',');
    }

    /**
     * Appends {@code value} as {@code Double.toString} writes it (what Jackson wrote); whole
     * numbers below ten million, such as counts, without its slower general algorithm.
     */
    static void appendNumber(StringBuilder out, double value) {
        long whole = (long) value;
        if (whole == value && Math.abs(whole) < 10_000_000L
                && (whole != 0 || Double.doubleToRawLongBits(value) == 0L)) {
            out.append(whole).append(".0");
        } else {
            out.append(value);
        }
    }

    private static void appendName(StringBuilder out, String name) {
        out.append(',');
        JsonText.appendStandard(out, name);
        out.append(':');
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value instanceof String text) {
            JsonText.appendStandard(out, text);
            return;
        }
        try {
            out.append(Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException unwritable) {
            throw new UncheckedIOException("an EMF metadata value could not be written", unwritable);
        }
    }
}
