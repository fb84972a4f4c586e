package dev.skiff.processor.write;

import dev.skiff.json.JsonStrings;
import java.util.List;
import java.util.Map;

/**
 * A small deterministic JSON writer for the processor's own documents: maps keep the order
 * they were built in (writers use sorted or insertion-ordered maps), two-space indentation,
 * a final newline. Keeps Jackson off the processor's class path.
 */
public final class JsonDocument {
    private final StringBuilder out = new StringBuilder();

    private JsonDocument() {}

    /** JSON text written as it is: a {@code @DefaultValue} the checks found valid. */
    public record Raw(String json) {}

    /** {@code value} (a Map, List, String, Number, Boolean, {@link Raw} or null) as indented JSON. */
    public static String write(Object value) {
        JsonDocument text = new JsonDocument();
        text.value(value, 0);
        return text.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else if (value instanceof String string) {
            string(string);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Raw raw) {
            out.append(raw.json().strip());
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : ordered(map).entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1);
            string(String.valueOf(entry.getKey()));
            out.append(": ");
            value(entry.getValue(), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    /** Insertion-ordered and sorted maps as they are; any other map (Map.of) sorted by key. */
    private static Map<?, ?> ordered(Map<?, ?> map) {
        if (map instanceof java.util.LinkedHashMap || map instanceof java.util.SortedMap || map.size() < 2) {
            return map;
        }
        Map<String, Object> sorted = new java.util.TreeMap<>();
        map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        return sorted;
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(depth + 1);
            value(list.get(i), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }

    private void string(String text) {
        JsonStrings.STANDARD.appendQuoted(out, text);
    }
}
