package dev.skiff.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one type's values as JSON, straight onto jackson-core's generator: what the processor
 * generates for each record, bean, enum and container an API writes, so that no response needs
 * databind. Registered with {@link JsonValues#register}, a writer also serves values whose type
 * is only known at run time (a problem's {@code input}, an {@code Object} result).
 *
 * <pre>{@code
 * JsonWriter<Point> points = (out, p) -> {
 *     out.writeStartObject();
 *     out.writeNumberField("x", p.x());
 *     out.writeEndObject();
 * };
 * }</pre>
 *
 * @param <T> the type written
 */
@FunctionalInterface
public interface JsonWriter<T> {
    /** Writes {@code value}, never null: callers write JSON {@code null} themselves. */
    void write(JsonGenerator out, T value) throws IOException;
}
