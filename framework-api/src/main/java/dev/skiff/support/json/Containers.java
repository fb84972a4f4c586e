package dev.skiff.support.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Codecs of containers, built from their elements' codecs: lists and sets (read into the
 * collections databind makes: ArrayList, HashSet, TreeSet), maps with string keys
 * (LinkedHashMap, TreeMap), {@code Optional}, values that may be null, and enums. An element's
 * problem is located under its index or key, and every element is read even after one fails, so
 * one response lists all of them.
 *
 * <pre>{@code
 * JsonCodec<List<Item>> items = Containers.list(ItemCodec.INSTANCE);
 * JsonCodec<Optional<String>> note = Containers.optional(Codecs.STRING);
 * }</pre>
 */
public final class Containers {
    private Containers() {}

    /** {@code List<T>} (also {@code Collection} and {@code Iterable}), read into an ArrayList. */
    public static <T> JsonCodec<List<T>> list(JsonCodec<T> items) {
        return collection(items, ArrayList::new, "list_type", "Input should be a valid list");
    }

    /** {@code Set<T>}, read into a HashSet. */
    public static <T> JsonCodec<Set<T>> set(JsonCodec<T> items) {
        return collection(items, HashSet::new, "set_type", "Input should be a valid set");
    }

    /** {@code SortedSet<T>}, read into a TreeSet. */
    public static <T> JsonCodec<SortedSet<T>> sortedSet(JsonCodec<T> items) {
        return collection(items, TreeSet::new, "set_type", "Input should be a valid set");
    }

    private static <T, C extends Collection<T>> JsonCodec<C> collection(JsonCodec<T> items, Supplier<C> empty,
            String type, String message) {
        return new JsonCodec<>() {
            @Override
            public C read(JsonInput in) throws IOException {
                if (in.token() != JsonToken.START_ARRAY) {
                    in.refuse(new Refusal(type, message));
                    return null;
                }
                int problems = in.problemCount();
                C values = empty.get();
                for (int index = 0; in.parser().nextToken() != JsonToken.END_ARRAY; index++) {
                    values.add(in.element(index, items));
                }
                return in.problemCount() > problems ? null : values;
            }

            @Override
            public void write(JsonGenerator out, C values) throws IOException {
                out.writeStartArray();
                for (T value : values) {
                    if (value == null) {
                        out.writeNull();
                    } else {
                        items.write(out, value);
                    }
                }
                out.writeEndArray();
            }
        };
    }

    /** {@code Map<String, V>}, read into a LinkedHashMap (a repeated key's last value wins). */
    public static <V> JsonCodec<Map<String, V>> map(JsonCodec<V> values) {
        return map(values, LinkedHashMap::new);
    }

    /** {@code SortedMap<String, V>}, read into a TreeMap. */
    public static <V> JsonCodec<SortedMap<String, V>> sortedMap(JsonCodec<V> values) {
        return map(values, TreeMap::new);
    }

    private static <V, M extends Map<String, V>> JsonCodec<M> map(JsonCodec<V> values, Supplier<M> empty) {
        return keyedMap(empty, values, name -> name, key -> key, null);
    }

    /**
     * {@code Map<E, V>} of an enum key, read into a LinkedHashMap: keys are read and written as
     * {@code names}, one per constant in declaration order, as the enum's codec reads and writes
     * it; another key is pydantic's {@code enum} problem, located under the key and {@code [key]}.
     */
    public static <E extends Enum<E>, V> JsonCodec<Map<E, V>> enumKeyMap(E[] constants, JsonCodec<V> values,
            String... names) {
        return enumKeyMap(LinkedHashMap::new, constants, values, names);
    }

    /** {@code EnumMap<E, V>}, read as {@link #enumKeyMap} reads, into an EnumMap (as databind reads one). */
    public static <E extends Enum<E>, V> JsonCodec<java.util.EnumMap<E, V>> enumMap(Class<E> type, E[] constants,
            JsonCodec<V> values, String... names) {
        return enumKeyMap(() -> new java.util.EnumMap<>(type), constants, values, names);
    }

    private static <E extends Enum<E>, V, M extends Map<E, V>> JsonCodec<M> enumKeyMap(Supplier<M> empty,
            E[] constants, JsonCodec<V> values, String... names) {
        Map<String, E> byName = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            byName.put(names[i], constants[i]);
        }
        return keyedMap(empty, values, byName::get, key -> names[key.ordinal()],
                LaxScalars.enumRefusal(List.of(names)));
    }

    /**
     * A JSON object as a map: each name read as a key by {@code keyOf} (null: not a key, refused
     * with {@code unknownKey} and left out, its value still checked), each key written by
     * {@code nameOf}; a null value is written as JSON {@code null}.
     */
    private static <K, V, M extends Map<K, V>> JsonCodec<M> keyedMap(Supplier<M> empty, JsonCodec<V> values,
            Function<String, K> keyOf, Function<K, String> nameOf, Refusal unknownKey) {
        return new JsonCodec<>() {
            @Override
            public M read(JsonInput in) throws IOException {
                if (in.token() != JsonToken.START_OBJECT) {
                    in.refuse(new Refusal("dict_type", "Input should be a valid dictionary"));
                    return null;
                }
                int problems = in.problemCount();
                M map = empty.get();
                for (String name = in.nextField(); name != null; name = in.nextField()) {
                    K key = keyOf.apply(name);
                    if (key == null) {
                        in.refuseKey(name, unknownKey);
                    }
                    V value = in.field(name, values);
                    if (key != null) {
                        map.put(key, value);
                    }
                }
                return in.problemCount() > problems ? null : map;
            }

            @Override
            public void write(JsonGenerator out, M map) throws IOException {
                out.writeStartObject();
                for (Map.Entry<K, V> entry : map.entrySet()) {
                    out.writeFieldName(nameOf.apply(entry.getKey()));
                    if (entry.getValue() == null) {
                        out.writeNull();
                    } else {
                        values.write(out, entry.getValue());
                    }
                }
                out.writeEndObject();
            }
        };
    }

    /** {@code Optional<T>}: JSON {@code null} is empty, and empty is written as {@code null}. */
    public static <T> JsonCodec<Optional<T>> optional(JsonCodec<T> value) {
        return new JsonCodec<>() {
            @Override
            public Optional<T> read(JsonInput in) throws IOException {
                if (in.isNull()) {
                    return Optional.empty();
                }
                T read = value.read(in);
                return read == null ? null : Optional.of(read);
            }

            @Override
            public void write(JsonGenerator out, Optional<T> optional) throws IOException {
                if (optional.isPresent()) {
                    value.write(out, optional.get());
                } else {
                    out.writeNull();
                }
            }
        };
    }

    /** A value that may be null ({@code @Nullable}): JSON {@code null} reads as null rather than being refused. */
    public static <T> JsonCodec<T> nullable(JsonCodec<T> value) {
        return new JsonCodec<>() {
            @Override
            public T read(JsonInput in) throws IOException {
                return in.isNull() ? null : value.read(in);
            }

            @Override
            public void write(JsonGenerator out, T written) throws IOException {
                value.write(out, written);
            }
        };
    }

    /**
     * An enum read from and written as {@code names}, one per constant in declaration order (the
     * constant's name, or its {@code @JsonProperty}); anything else is pydantic's {@code enum} problem.
     */
    public static <E extends Enum<E>> JsonCodec<E> enumOf(E[] constants, String... names) {
        Map<String, E> byName = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            byName.put(names[i], constants[i]);
        }
        return new JsonCodec<>() {
            @Override
            public E read(JsonInput in) throws IOException {
                E constant = in.token() == JsonToken.VALUE_STRING ? byName.get(in.parser().getText()) : null;
                if (constant == null) {
                    in.refuse(LaxScalars.enumRefusal(List.of(names)));
                }
                return constant;
            }

            @Override
            public void write(JsonGenerator out, E value) throws IOException {
                out.writeString(names[value.ordinal()]);
            }
        };
    }

    /** Writes one property of a generated codec's object: its name, then {@code null} or the value by {@code codec}. */
    public static <T> void writeField(JsonGenerator out, com.fasterxml.jackson.core.SerializableString name,
            JsonCodec<T> codec, T value) throws IOException {
        out.writeFieldName(name);
        if (value == null) {
            out.writeNull();
        } else {
            codec.write(out, value);
        }
    }

    /**
     * {@code codec} for a class that may be subclassed: as databind, a value of a subclass is
     * written as what it is (by its own registered codec, or databind), not as the declared type.
     */
    public static <T> JsonCodec<T> byRuntimeClass(JsonCodec<T> codec, Class<T> declared) {
        return new JsonCodec<>() {
            @Override
            public T read(JsonInput in) throws IOException {
                return codec.read(in);
            }

            @Override
            public void write(JsonGenerator out, T value) throws IOException {
                if (value.getClass() == declared) {
                    codec.write(out, value);
                } else {
                    dev.skiff.core.JsonValues.write(out, value);
                }
            }
        };
    }

    /** An enum read from and written as its {@code @JsonValue} method's text, asked of each constant once. */
    public static <E extends Enum<E>> JsonCodec<E> enumOf(E[] constants, java.util.function.Function<E, String> jsonValue) {
        return enumOf(constants, jsonValues(constants, jsonValue));
    }

    /** Each constant's {@code @JsonValue} text, in declaration order. */
    public static <E extends Enum<E>> String[] jsonValues(E[] constants, java.util.function.Function<E, String> jsonValue) {
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = jsonValue.apply(constants[i]);
        }
        return names;
    }

    /**
     * {@code codec} as a codec of a declared type it reads into: {@code Collection<Item>} is read
     * as an ArrayList by {@code list}, whose codec's type argument is {@code List<Item>}.
     */
    @SuppressWarnings("unchecked")
    public static <T> JsonCodec<T> as(JsonCodec<?> codec) {
        return (JsonCodec<T>) codec;
    }

    /**
     * A property's {@code @DefaultValue} written as JSON, read anew for each body that lacks it
     * (so no two requests share a mutable default). The processor checked it at compile time.
     */
    public static <T> T parseDefault(String json, JsonCodec<T> codec) throws IOException {
        byte[] source = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (com.fasterxml.jackson.core.JsonParser parser = dev.skiff.core.JsonValues.factory().createParser(source)) {
            parser.nextToken();
            JsonInput in = new JsonInput(parser, source, List.of("default"));
            T value = codec.read(in);
            if (in.problemCount() > 0) {
                throw new IllegalStateException("the default " + json + " does not fit its property: " + in.problems());
            }
            return value;
        }
    }
}
