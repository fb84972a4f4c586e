package dev.skiff.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * HTTP headers: names matched case-insensitively, each with its values in arrival order.
 * Names keep the spelling they were first added with; iteration follows first arrival.
 *
 * <p>Kept as parallel arrays of names and values, searched with
 * {@link String#equalsIgnoreCase}: a request carries a dozen or two headers, and this way adding
 * one costs no lower-cased copy of its name, no map node and no list.
 *
 * <pre>{@code
 * Headers headers = new Headers().add("Accept", "application/json");
 * headers.first("accept"); // Optional[application/json]
 * }</pre>
 */
public final class Headers {
    private String[] names = new String[8];
    private String[] values = new String[8];
    private int size;

    /** Adds a value, keeping those already there. Returns this. */
    public Headers add(String name, String value) {
        Objects.requireNonNull(name, "name");
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int first = indexOf(name, 0);
        // later values of a header keep the spelling its first value came with
        names[size] = first < 0 ? name : names[first];
        values[size] = value;
        size++;
        return this;
    }

    /** Replaces every value of {@code name} with {@code value}. Returns this. */
    public Headers set(String name, String value) {
        int first = indexOf(name, 0);
        if (first < 0) {
            return add(name, value);
        }
        // the header keeps its place and its new spelling; later values go
        names[first] = name;
        values[first] = value;
        removeFrom(name, first + 1);
        return this;
    }

    /** Removes every value of {@code name}. */
    public void remove(String name) {
        removeFrom(name, 0);
    }

    /** The first value, if any. */
    public Optional<String> first(String name) {
        int index = indexOf(name, 0);
        return index < 0 ? Optional.empty() : Optional.of(values[index]);
    }

    /** Every value, in order; empty when absent. */
    public List<String> all(String name) {
        int index = indexOf(name, 0);
        if (index < 0) {
            return List.of();
        }
        List<String> all = new ArrayList<>(1);
        for (; index >= 0; index = indexOf(name, index + 1)) {
            all.add(values[index]);
        }
        return Collections.unmodifiableList(all);
    }

    /** Whether the header is present. */
    public boolean contains(String name) {
        return indexOf(name, 0) >= 0;
    }

    /** Calls {@code action} with each name (as first spelled) and its values. */
    public void forEach(BiConsumer<String, List<String>> action) {
        for (int i = 0; i < size; i++) {
            if (indexOf(names[i], 0) == i) {
                action.accept(names[i], all(names[i]));
            }
        }
    }

    /** Whether there are no headers. */
    public boolean isEmpty() {
        return size == 0;
    }

    private int indexOf(String name, int from) {
        for (int i = from; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private void removeFrom(String name, int from) {
        int kept = from;
        for (int i = from; i < size; i++) {
            if (!names[i].equalsIgnoreCase(name)) {
                names[kept] = names[i];
                values[kept] = values[i];
                kept++;
            }
        }
        Arrays.fill(names, kept, size, null);
        Arrays.fill(values, kept, size, null);
        size = kept;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Headers{");
        forEach((name, all) -> text.append(name).append('=').append(all).append(", "));
        return text.append('}').toString();
    }
}
