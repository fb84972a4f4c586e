package dev.skiff.lambda.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

/**
 * Formats one log event as the JSON line Powertools' {@code LambdaJsonLayout} writes: the same
 * keys in the same order, {@code cold_start} as a boolean, {@code function_memory_size} as a
 * number, other MDC entries and SLF4J key-values as top-level string keys, and {@code error}
 * as {@code {message, name, stack}} with the stack as {@code printStackTrace} text.
 */
final class LogLineFormatter {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Powertools' keys that its layout places itself, in its order; the rest follow. */
    private static final List<String> PLACED = List.of(
            "cold_start", "function_arn", "function_memory_size", "function_name", "function_request_id",
            "function_version", "sampling_rate", "service", "timestamp", "xray_trace_id", "correlation_id");

    private LogLineFormatter() {}

    static String format(Instant time, Level level, String message, Throwable error, String service,
                         Map<String, String> mdc, List<KeyValuePair> keyValues) {
        StringBuilder line = new StringBuilder(256).append('{');
        JsonText.appendName(line, "level");
        JsonText.appendString(line, level.name());
        JsonText.appendName(line, "message");
        JsonText.appendString(line, message == null ? "" : message);
        if (error != null) {
            appendError(line, error);
        }
        Map<String, String> context = mdc == null ? Map.of() : mdc;
        for (String key : PLACED) {
            switch (key) {
                case "service" -> {
                    JsonText.appendName(line, key);
                    JsonText.appendString(line, context.getOrDefault(key, service));
                }
                case "timestamp" -> {
                    JsonText.appendName(line, key);
                    JsonText.appendString(line, TIMESTAMP.format(time));
                }
                default -> appendTyped(line, key, context.get(key));
            }
        }
        Map<String, String> rest = new LinkedHashMap<>();
        context.forEach((key, value) -> {
            if (!PLACED.contains(key) && !key.equals("level") && !key.equals("message")) {
                rest.put(key, value);
            }
        });
        if (keyValues != null) {
            for (KeyValuePair pair : keyValues) {
                rest.put(pair.key, String.valueOf(pair.value));
            }
        }
        rest.forEach((key, value) -> {
            JsonText.appendName(line, key);
            JsonText.appendString(line, value == null ? "null" : value);
        });
        return line.append('}').toString();
    }

    private static void appendTyped(StringBuilder line, String key, String value) {
        if (value == null) {
            return;
        }
        JsonText.appendName(line, key);
        switch (key) {
            case "cold_start" -> line.append(Boolean.parseBoolean(value));
            case "function_memory_size", "sampling_rate" -> line.append(number(value));
            default -> JsonText.appendString(line, value);
        }
    }

    private static String number(String value) {
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
        JsonText.appendName(line, "error");
        line.append('{');
        if (error.getMessage() != null) {
            JsonText.appendName(line, "message");
            JsonText.appendString(line, error.getMessage());
        }
        JsonText.appendName(line, "name");
        JsonText.appendString(line, error.getClass().getName());
        StringWriter stack = new StringWriter(1024);
        error.printStackTrace(new PrintWriter(stack));
        JsonText.appendName(line, "stack");
        JsonText.appendString(line, stack.toString());
        line.append('}');
    }
}
