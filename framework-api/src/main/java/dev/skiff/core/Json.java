package dev.skiff.core;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration Skiff reads and writes JSON with. Modules are registered by
 * name, never discovered from the class path. Unknown properties are ignored (as FastAPI
 * does); a null for a primitive is an error; dates are ISO-8601 text.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Json() {}

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Builds generic types such as {@code List<Item>} for readers and writers. */
    public static TypeFactory types() {
        return MAPPER.getTypeFactory();
    }

    public static ObjectReader readerFor(Class<?> type) {
        return MAPPER.readerFor(type);
    }

    public static ObjectReader readerFor(JavaType type) {
        return MAPPER.readerFor(type);
    }

    public static ObjectWriter writerFor(Class<?> type) {
        return MAPPER.writerFor(type);
    }

    public static ObjectWriter writerFor(JavaType type) {
        return MAPPER.writerFor(type);
    }
}
