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
 *
 * <p>Jackson's java.time support is registered only once something asks for it with
 * {@link #requireJavaTime()}: the generated {@code SkiffRoutes.create} does, first thing, when
 * the application reads or writes java.time values (or values whose type is only known at run
 * time). Setting it up loads about 170 classes, tens of milliseconds of a cold start that
 * other applications skip.
 *
 * <p>{@code byte[] json = Json.mapper().writeValueAsBytes(item);}
 */
public final class Json {
    private static volatile boolean javaTime;
    private static volatile ObjectMapper mapper;

    private Json() {}

    /**
     * Makes the shared mapper read and write java.time values from now on. Readers and writers
     * taken from the mapper before the first call keep the configuration they were made with.
     */
    public static void requireJavaTime() {
        if (!javaTime) {
            synchronized (Json.class) {
                if (!javaTime) {
                    javaTime = true;
                    mapper = null;
                }
            }
        }
    }

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        ObjectMapper current = mapper;
        if (current == null) {
            synchronized (Json.class) {
                current = mapper;
                if (current == null) {
                    current = build(javaTime);
                    mapper = current;
                }
            }
        }
        return current;
    }

    private static ObjectMapper build(boolean withJavaTime) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        if (withJavaTime) {
            builder.addModule(new JavaTimeModule());
        }
        return builder.build();
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
