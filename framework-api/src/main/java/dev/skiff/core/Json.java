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
 * Databind, for what Skiff's generated codecs do not cover: a type the processor named in a
 * compile-time note (a custom serializer, polymorphism...), {@code RequestContext.rawEvent()},
 * and values of types no codec is registered for. Nothing else loads it: an application whose
 * types all have codecs never creates the mapper. It is configured as Skiff always has been:
 * modules registered by name, never discovered from the class path; unknown properties
 * ignored (as FastAPI does); a null for a primitive an error; dates ISO-8601 text.
 *
 * <p>{@code byte[] json = Json.mapper().writeValueAsBytes(shape);}
 */
public final class Json {
    private static volatile ObjectMapper mapper;

    private Json() {}

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        ObjectMapper current = mapper;
        if (current == null) {
            synchronized (Json.class) {
                current = mapper;
                if (current == null) {
                    current = build();
                    mapper = current;
                }
            }
        }
        return current;
    }

    private static ObjectMapper build() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .addModule(new JavaTimeModule())
                .build();
    }

    /** Builds generic types such as {@code List<Item>} for readers and writers. */
    public static TypeFactory types() {
        return mapper().getTypeFactory();
    }

    public static ObjectReader readerFor(Class<?> type) {
        return mapper().readerFor(type);
    }

    public static ObjectReader readerFor(JavaType type) {
        return mapper().readerFor(type);
    }

    public static ObjectWriter writerFor(Class<?> type) {
        return mapper().writerFor(type);
    }

    public static ObjectWriter writerFor(JavaType type) {
        return mapper().writerFor(type);
    }
}
