package dev.skiff.support.json;

import dev.skiff.core.JsonWriter;
import java.io.IOException;

/**
 * Reads and writes one type's JSON: what the processor generates for every record and bean an
 * API reads or writes, and what {@link Codecs} composes for scalars, enums and containers.
 *
 * <p>{@link #read} starts on the value's first token and leaves the parser on its last. A value
 * of the wrong shape is not an exception: the codec records the problem on the {@link JsonInput}
 * (pydantic's type, message and input, at the value's {@code loc}), moves past the value and
 * returns null, so that one request reports every problem of its body. Only malformed JSON
 * throws.
 *
 * <pre>{@code
 * JsonCodec<List<Item>> items = Codecs.list(ItemCodec.INSTANCE);
 * List<Item> read = items.read(input);
 * items.write(generator, read);
 * }</pre>
 *
 * @param <T> the type read and written
 */
public interface JsonCodec<T> extends JsonWriter<T> {
    /** The value at the current token, or null after recording why it is not one. */
    T read(JsonInput in) throws IOException;
}
