package dev.skiff.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON for values whose type is known only at run time, on jackson-core alone: the plain values
 * a problem's {@code input} and {@code ctx} hold (maps, lists, strings, numbers, booleans), the
 * JDK types Skiff binds, and every type whose generated {@link JsonWriter} is
 * {@linkplain #register registered}. Anything else is handed to databind ({@link Json#mapper()}),
 * which is then loaded for the first time: an application whose types all have generated codecs
 * never loads it.
 *
 * <pre>{@code
 * byte[] json = JsonValues.toBytes(Map.of("detail", List.of(1, 2)));   // {"detail":[1,2]}
 * Object tree = JsonValues.read(parser);                                // LinkedHashMap, ArrayList, ...
 * }</pre>
 *
 * <p>Values are written byte for byte as databind, configured as {@link Json} configures it,
 * writes them: java.time values as ISO-8601 text, {@code byte[]} as base64, an empty Optional as
 * {@code null}.
 */
public final class JsonValues {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Map<Class<?>, JsonWriter<?>> WRITERS = new ConcurrentHashMap<>();

    private JsonValues() {}

    /** The one jackson-core factory Skiff parses and generates with; {@link Json#mapper()} is built on it. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** Makes {@code writer} the way values of exactly {@code type} are written; generated entry points call it. */
    public static <T> void register(Class<T> type, JsonWriter<? super T> writer) {
        WRITERS.put(type, writer);
    }

    /** {@code value} as UTF-8 JSON. */
    public static byte[] toBytes(Object value) {
        try {
            return toBytes(AnyValue.WRITER, value);
        } catch (IOException e) {
            throw new UncheckedIOException("a value could not be written as JSON", e);
        }
    }

    /**
     * {@code value} written by {@code writer} ({@code null} for null) as UTF-8 JSON: how every
     * response body and document of Skiff is made. The buffer goes back to jackson-core's
     * recycler ({@code close()} keeps it; only {@code release()} returns it), so a response
     * allocates little besides its bytes.
     */
    public static <T> byte[] toBytes(JsonWriter<T> writer, T value) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(FACTORY._getBufferRecycler(), 512);
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            if (value == null) {
                out.writeNull();
            } else {
                writer.write(out, value);
            }
        }
        byte[] json = bytes.toByteArray();
        bytes.release();
        return json;
    }

    /** {@link #write} as a writer: a class rather than a method reference, spun on first use. */
    private static final class AnyValue implements JsonWriter<Object> {
        static final JsonWriter<Object> WRITER = new AnyValue();

        @Override
        public void write(JsonGenerator out, Object value) throws IOException {
            JsonValues.write(out, value);
        }
    }

    /** Writes any value: plain, a JDK type Skiff binds, a registered type, else through databind. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Number number) {
            writeNumber(out, number);
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName(String.valueOf(entry.getKey()));
                write(out, entry.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            out.writeStartArray();
            for (Object item : items) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Optional<?> optional) {
            write(out, optional.orElse(null));
        } else if (value instanceof byte[] bytes) {
            out.writeBinary(bytes);
        } else if (value instanceof Object[] items) {
            out.writeStartArray();
            for (Object item : items) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof int[] numbers) {
            out.writeArray(numbers, 0, numbers.length);
        } else if (value instanceof long[] numbers) {
            out.writeArray(numbers, 0, numbers.length);
        } else if (value instanceof double[] numbers) {
            out.writeArray(numbers, 0, numbers.length);
        } else {
            JsonWriter writer = WRITERS.get(value.getClass());
            if (writer != null) {
                writer.write(out, value);
            } else if (!writeJdkScalar(out, value)) {
                Fallback.write(out, value);
            }
        }
    }

    private static void writeNumber(JsonGenerator out, Number number) throws IOException {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            out.writeNumber(number.intValue());
        } else if (number instanceof Long) {
            out.writeNumber(number.longValue());
        } else if (number instanceof Double) {
            out.writeNumber(number.doubleValue());
        } else if (number instanceof Float) {
            out.writeNumber(number.floatValue());
        } else if (number instanceof BigDecimal decimal) {
            out.writeNumber(decimal);
        } else if (number instanceof BigInteger integer) {
            out.writeNumber(integer);
        } else {
            Fallback.write(out, number);
        }
    }

    /**
     * Writes {@code value} if it is one of the JDK scalars Skiff binds that JSON has no type for
     * (UUID, Character, the java.time values), as databind with its java.time support writes
     * them; whether it was one. The scalar codecs write these through here too.
     */
    public static boolean writeJdkScalar(JsonGenerator out, Object value) throws IOException {
        if (value instanceof UUID || value instanceof Character) {
            out.writeString(value.toString());
        } else if (value instanceof LocalDate date) {
            out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        } else if (value instanceof LocalDateTime dateTime) {
            out.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime));
        } else if (value instanceof LocalTime time) {
            out.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(time));
        } else if (value instanceof Instant instant) {
            out.writeString(DateTimeFormatter.ISO_INSTANT.format(instant));
        } else if (value instanceof OffsetDateTime dateTime) {
            out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Reads the value at the parser's current token (advancing to the first if there is none)
     * as databind reads into {@code Object}: objects as {@link LinkedHashMap} (a repeated key's
     * last value wins), arrays as {@link ArrayList}, integers as the smallest of Integer, Long
     * and BigInteger that holds them, other numbers as Double. The parser is left on the
     * value's last token.
     */
    public static Object read(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == null) {
            token = in.nextToken();
        }
        if (token == null) {
            return null;
        }
        switch (token) {
            case START_OBJECT:
            case FIELD_NAME: {
                Map<String, Object> object = new LinkedHashMap<>();
                String name = token == JsonToken.FIELD_NAME ? in.currentName() : in.nextFieldName();
                while (name != null) {
                    in.nextToken();
                    object.put(name, read(in));
                    name = in.nextFieldName();
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(in));
                }
                return array;
            }
            case VALUE_STRING:
                return in.getText();
            case VALUE_NUMBER_INT:
                return in.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return in.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_EMBEDDED_OBJECT:
                return in.getEmbeddedObject();
            default:
                return null;
        }
    }

    /** Databind, for a value no generated writer knows: loaded with this class, only when one is met. */
    private static final class Fallback {
        static void write(JsonGenerator out, Object value) throws IOException {
            Json.mapper().writeValue(out, value);
        }
    }
}
