package dev.skiff.lambda.observability.metrics;

import dev.skiff.core.JsonValues;
import dev.skiff.json.JsonStrings;
import dev.skiff.lambda.json.JsonLiterals;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One CloudWatch Embedded Metric Format document, per the published specification: an
 * {@code _aws} member with {@code Timestamp} and one {@code CloudWatchMetrics} directive
 * (namespace, one dimension set, metric definitions), and every dimension, metric value and
 * metadata entry as a top-level member.
 *
 * <p>Appended to a reused builder by hand, with the text Jackson's generator wrote before
 * (numbers as {@code Double.toString}, strings escaped as Jackson escapes them); only
 * metadata values other than strings go through {@link JsonValues}.
 */
final class EmfDocument {
    /** The last {@code CloudWatchMetrics} directive rendered; swapped whole, never changed. */
    private static volatile Directive directive;

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
        out.append("{\"_aws\":{\"Timestamp\":").append(timestamp).append(directiveOf(namespace, dimensions, metrics));
        for (Map.Entry<String, Object> entry : metadata.entrySet()) {
            appendName(out, entry.getKey());
            appendValue(out, entry.getValue());
        }
        for (Map.Entry<String, String> dimension : dimensions.entrySet()) {
            appendName(out, dimension.getKey());
            JsonStrings.STANDARD.appendQuoted(out, dimension.getValue());
        }
        for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
            Metric values = metric.getValue();
            appendName(out, metric.getKey());
            if (values.count() == 1) {
                JsonLiterals.appendDouble(out, values.value(0));
            } else {
                out.append('[');
                for (int i = 0; i < values.count(); i++) {
                    JsonLiterals.appendDouble(appendComma(out, i), values.value(i));
                }
                out.append(']');
            }
        }
        out.append('}');
    }

    /**
     * {@code ,"CloudWatchMetrics":[...]}]} for these dimension names and metric definitions: the
     * last one rendered is kept and reused while they stay the same, as the default metrics
     * of every invocation of a route do.
     */
    private static String directiveOf(String namespace, Map<String, String> dimensions, Map<String, Metric> metrics) {
        Directive last = directive;
        if (last != null && last.matches(namespace, dimensions, metrics)) {
            return last.text();
        }
        String[] dimensionNames = dimensions.keySet().toArray(new String[0]);
        String[] metricNames = new String[metrics.size()];
        String[] units = new String[metrics.size()];
        StringBuilder text = new StringBuilder(256).append(",\"CloudWatchMetrics\":[{\"Namespace\":");
        JsonStrings.STANDARD.appendQuoted(text, namespace);
        text.append(",\"Dimensions\":[[");
        for (int i = 0; i < dimensionNames.length; i++) {
            JsonStrings.STANDARD.appendQuoted(appendComma(text, i), dimensionNames[i]);
        }
        text.append("]],\"Metrics\":[");
        int i = 0;
        for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
            metricNames[i] = metric.getKey();
            units[i] = metric.getValue().unit();
            JsonStrings.STANDARD.appendQuoted(appendComma(text, i).append("{\"Name\":"), metricNames[i]);
            JsonStrings.STANDARD.appendQuoted(text.append(",\"Unit\":"), units[i]);
            text.append('}');
            i++;
        }
        Directive rendered = new Directive(namespace, dimensionNames, metricNames, units, text.append("]}]}").toString());
        directive = rendered;
        return rendered.text();
    }

    /** A rendered directive and what it was rendered from. */
    private record Directive(String namespace, String[] dimensionNames, String[] metricNames, String[] units,
                             String text) {
        boolean matches(String otherNamespace, Map<String, String> dimensions, Map<String, Metric> metrics) {
            if (!namespace.equals(otherNamespace) || dimensions.size() != dimensionNames.length
                    || metrics.size() != metricNames.length) {
                return false;
            }
            int i = 0;
            for (String name : dimensions.keySet()) {
                if (!dimensionNames[i++].equals(name)) {
                    return false;
                }
            }
            i = 0;
            for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
                if (!metricNames[i].equals(metric.getKey()) || !units[i].equals(metric.getValue().unit())) {
                    return false;
                }
                i++;
            }
            return true;
        }
    }

    private static StringBuilder appendComma(StringBuilder out, int index) {
        return index == 0 ? out : out.append(',');
    }

    private static void appendName(StringBuilder out, String name) {
        out.append(',');
        JsonStrings.STANDARD.appendQuoted(out, name);
        out.append(':');
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value instanceof String text) {
            JsonStrings.STANDARD.appendQuoted(out, text);
            return;
        }
        out.append(new String(JsonValues.toBytes(value), StandardCharsets.UTF_8));
    }
}
