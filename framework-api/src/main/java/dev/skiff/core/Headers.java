package dev.skiff.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.function.BiConsumer;

/**
 * HTTP headers: names matched case-insensitively, each with its values in arrival order.
 * Names keep the spelling they were first added with; iteration follows first arrival.
 */
public final class Headers {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(String name, List<String> values) {}

    /** Adds a value, keeping those already there. Returns this. */
    public Headers add(String name, String value) {
        entries.computeIfAbsent(key(name), k -> new Entry(name, new ArrayList<>(1))).values().add(value);
        return this;
    }

    /** Replaces every value of {@code name} with {@code value}. Returns this. */
    public Headers set(String name, String value) {
        List<String> values = new ArrayList<>(1);
        values.add(value);
        entries.put(key(name), new Entry(name, values));
        return this;
    }

    /** Removes every value of {@code name}. */
    public void remove(String name) {
        entries.remove(key(name));
    }

    /** The first value, if any. */
    public Optional<String> first(String name) {
        Entry entry = entries.get(key(name));
        return entry == null || entry.values().isEmpty() ? Optional.empty() : Optional.of(entry.values().get(0));
    }

    /** Every value, in order; empty when absent. */
    public List<String> all(String name) {
        Entry entry = entries.get(key(name));
        return entry == null ? List.of() : Collections.unmodifiableList(entry.values());
    }

    /** Whether the header is present. */
    public boolean contains(String name) {
        return entries.containsKey(key(name));
    }

    /** Calls {@code action} with each name (as first spelled) and its values. */
    public void forEach(BiConsumer<String, List<String>> action) {
        entries.values().forEach(e -> action.accept(e.name(), Collections.unmodifiableList(e.values())));
    }

    /** Whether there are no headers. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Headers{");
        forEach((name, values) -> text.append(name).append('=').append(values).append(", "));
        return text.append('}').toString();
    }
}
