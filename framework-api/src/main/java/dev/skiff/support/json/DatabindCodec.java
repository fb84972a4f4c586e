package dev.skiff.support.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.skiff.core.Json;
import dev.skiff.core.JsonValues;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fallback for a type the processor wrote no codec for (it said why, in a compile-time note):
 * databind reads and writes it, set up on first use, so an application loads databind only when
 * such a value is first met. A value databind refuses is one problem, at the value.
 *
 * <pre>{@code
 * JsonCodec<Shape> shapes = DatabindCodec.of(() -> Json.types().constructType(Shape.class));
 * }</pre>
 */
public final class DatabindCodec<T> implements JsonCodec<T> {
    private final Supplier<JavaType> type;
    private volatile ObjectReader reader;
    private volatile ObjectWriter writer;

    private DatabindCodec(Supplier<JavaType> type) {
        this.type = type;
    }

    /** The codec of the type {@code type} builds, when first used. */
    public static <T> DatabindCodec<T> of(Supplier<JavaType> type) {
        return new DatabindCodec<>(type);
    }

    @Override
    public T read(JsonInput in) throws IOException {
        ObjectReader current = reader;
        if (current == null) {
            current = Json.readerFor(type.get());
            reader = current;
        }
        // a copy of the value, so that the parser is past it whatever databind makes of it
        TokenBuffer copy = new TokenBuffer(in.parser());
        copy.copyCurrentStructure(in.parser());
        try {
            return current.readValue(copy.asParser());
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage() : "invalid value";
            in.problem("value_error", "Value error, " + reason, plain(copy), Map.of());
        } catch (JsonMappingException e) {
            in.problem("model_attributes_type", "Input should be a valid dictionary or object to extract fields from",
                    plain(copy), Map.of());
        }
        return null;
    }

    private static Object plain(TokenBuffer copy) throws IOException {
        return JsonValues.read(copy.asParser());
    }

    @Override
    public void write(JsonGenerator out, T value) throws IOException {
        ObjectWriter current = writer;
        if (current == null) {
            current = Json.writerFor(type.get());
            writer = current;
        }
        current.writeValue(out, value);
    }
}
