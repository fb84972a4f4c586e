package dev.skiff.lambda.observability.logging;

import dev.skiff.lambda.json.JsonLiterals;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

/**
 * Formats one log event as the JSON line Powertools' {@code LambdaJsonLayout} writes: the same
 * keys in the same order, {@code cold_start} as a boolean, {@code function_memory_size} as a
 * number, other MDC entries and SLF4J key-values as top-level string keys (a key-value
 * overrides an MDC entry of the same key, in the MDC entry's place), and {@code error} as
 * {@code {message, name, stack}} with the stack as {@code printStackTrace} text.
 *
 * <p>It appends to a caller's builder and reads the MDC through a lookup, so that a line costs
 * no copy of the MDC, no intermediate map and no date formatter.
 */
final class LogLineFormatter {
    private LogLineFormatter() {}

    /** Formats a line with the MDC given as a map (tests, priming). */
    static String format(Instant time, Level level, String message, Throwable error, String service,
                         Map<String, String> mdc, List<KeyValuePair> keyValues) {
        StringBuilder line = new StringBuilder(256);
        formatTo(line, time.toEpochMilli(), level, message, null, error, service, mdc, keyValues);
        return line.toString();
    }

    /**
     * Appends the line for an event at {@code epochMillis}: the message is {@code pattern} with
     * SLF4J's {@code {}} replaced by {@code args} (null: the pattern as it is); {@code mdc}
     * (null: none) is read, not kept.
     */
    static void formatTo(StringBuilder line, long epochMillis, Level level, String pattern, Object[] args,
                         Throwable error, String service, Map<String, String> mdc, List<KeyValuePair> keyValues) {
        line.append("{\"level\":");
        JsonLiterals.appendString(line, level.name());
        line.append(",\"message\":");
        LogMessages.append(line, pattern, args);
        if (error != null) {
            appendError(line, error);
        }
        boolean hasMdc = mdc != null && !mdc.isEmpty();
        // Powertools' keys that its layout places itself, in its order.
        appendTyped(line, "cold_start", hasMdc ? mdc.get("cold_start") : null);
        appendTyped(line, "function_arn", hasMdc ? mdc.get("function_arn") : null);
        appendTyped(line, "function_memory_size", hasMdc ? mdc.get("function_memory_size") : null);
        appendTyped(line, "function_name", hasMdc ? mdc.get("function_name") : null);
        appendTyped(line, "function_request_id", hasMdc ? mdc.get("function_request_id") : null);
        appendTyped(line, "function_version", hasMdc ? mdc.get("function_version") : null);
        appendTyped(line, "sampling_rate", hasMdc ? mdc.get("sampling_rate") : null);
        String mdcService = hasMdc ? mdc.get("service") : null;
        line.append(",\"service\":");
        JsonLiterals.appendString(line, mdcService != null ? mdcService : service);
        line.append(",\"timestamp\":\"");
        UtcTimestamp.append(line, epochMillis);
        line.append('"');
        appendTyped(line, "xray_trace_id", hasMdc ? mdc.get("xray_trace_id") : null);
        appendTyped(line, "correlation_id", hasMdc ? mdc.get("correlation_id") : null);
        if (hasMdc) {
            for (Map.Entry<String, String> entry : mdc.entrySet()) {
                String key = entry.getKey();
                if (!placed(key)) {
                    String value = entry.getValue();
                    int override = lastIndexOf(keyValues, key, keyValues == null ? 0 : keyValues.size());
                    appendRest(line, key, override >= 0 ? JsonLiterals.text(keyValues.get(override).value) : value);
                }
            }
        }
        if (keyValues != null) {
            for (int i = 0; i < keyValues.size(); i++) {
                String key = keyValues.get(i).key;
                boolean inMdc = hasMdc && key != null && !placed(key) && mdc.containsKey(key);
                if (!inMdc && lastIndexOf(keyValues, key, i) < 0) {
                    // The first occurrence of a key takes the place; the last one the value.
                    int last = lastIndexOf(keyValues, key, keyValues.size());
                    appendRest(line, String.valueOf(key), JsonLiterals.text(keyValues.get(last).value));
                }
            }
        }
        line.append('}');
    }

    /** The keys placed above, and the line's own {@code level} and {@code message}. */
    private static boolean placed(String key) {
        return switch (key) {
            case "cold_start", "function_arn", "function_memory_size", "function_name", "function_request_id",
                    "function_version", "sampling_rate", "service", "timestamp", "xray_trace_id", "correlation_id",
                    "level", "message" -> true;
            default -> false;
        };
    }

    /** The index of the last key-value named {@code key} before {@code end}; -1 when none. */
    private static int lastIndexOf(List<KeyValuePair> keyValues, String key, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (Objects.equals(keyValues.get(i).key, key)) {
                return i;
            }
        }
        return -1;
    }

    private static void appendRest(StringBuilder line, String key, String value) {
        JsonLiterals.appendName(line, key);
        JsonLiterals.appendString(line, value == null ? "null" : value);
    }

    private static void appendTyped(StringBuilder line, String key, String value) {
        if (value == null) {
            return;
        }
        line.append(",\"").append(key).append("\":");
        switch (key) {
            case "cold_start" -> line.append(Boolean.parseBoolean(value));
            case "function_memory_size", "sampling_rate" -> line.append(number(value));
            default -> JsonLiterals.appendString(line, value);
        }
    }

    /** The last number rendered: the memory size is the same on every line of a function. */
    private static volatile NumberText lastNumber = new NumberText("", "0");

    private record NumberText(String value, String json) {}

    private static String number(String value) {
        NumberText last = lastNumber;
        if (last.value().equals(value)) {
            return last.json();
        }
        String json = parseNumber(value);
        lastNumber = new NumberText(value, json);
        return json;
    }

    private static String parseNumber(String value) {
        try {
            return Long.toString(Long.parseLong(value.trim()));
        } catch (NumberFormatException notWhole) {
            try {
                return Double.toString(Double.parseDouble(value.trim()));
            } catch (NumberFormatException notNumber) {
                return "0";
            }
        }
    }

    private static void appendError(StringBuilder line, Throwable error) {
        JsonLiterals.appendName(line, "error");
        line.append('{');
        if (error.getMessage() != null) {
            JsonLiterals.appendName(line, "message");
            JsonLiterals.appendString(line, error.getMessage());
        }
        JsonLiterals.appendName(line, "name");
        JsonLiterals.appendString(line, error.getClass().getName());
        StringWriter stack = new StringWriter(1024);
        error.printStackTrace(new PrintWriter(stack));
        JsonLiterals.appendName(line, "stack");
        JsonLiterals.appendString(line, stack.toString());
        line.append('}');
    }
}
