package dev.skiff.lambda.event;

import java.util.Arrays;

/**
 * A JSON object of an event ({@code headers}, {@code queryStringParameters}...) as read: names
 * in first-arrival order, each with a {@code String}, a {@code List<String>} (an array) or
 * {@code null} (null or an object). A repeated name keeps its first place and its last value,
 * as Jackson's tree did. Two arrays instead of a hash map: these objects are small, and most
 * of their names are Jackson's canonical instances, so the search is mostly identity checks.
 */
final class EventMap {
    private String[] names = new String[12];
    private Object[] values = new Object[12];
    private int size;

    void put(String name, Object value) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                values[i] = value;
                return;
            }
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size++] = value;
    }

    int size() {
        return size;
    }

    String name(int index) {
        return names[index];
    }

    Object value(int index) {
        return values[index];
    }
}
