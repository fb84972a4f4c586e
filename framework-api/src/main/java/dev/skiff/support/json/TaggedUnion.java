package dev.skiff.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.skiff.core.JsonValues;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a polymorphic type whose JSON objects carry their subtype's name in one property (a
 * sealed interface or Jackson {@code @JsonTypeInfo(use = NAME)} hierarchy), as pydantic reads a
 * discriminated union: the object is buffered, its tag looked up wherever it is, and the
 * object read again by the codec of the subtype that has that tag, its problems located under
 * the tag. Generated union codecs read through it and write each subtype with its own codec.
 *
 * <pre>{@code
 * TaggedUnion<Adjustment> union = new TaggedUnion<>("kind",
 *         new String[] {"restock", "discount"}, new JsonCodec<?>[] {RestockCodec.INSTANCE, DiscountCodec.INSTANCE});
 * Adjustment read = union.read(in);
 * }</pre>
 *
 * @param <T> the base type
 */
public final class TaggedUnion<T> {
    private final String property;
    private final Map<String, JsonCodec<? extends T>> byTag = new LinkedHashMap<>();
    private final String discriminatorRepr;
    private final String expectedTags;

    /** The union of {@code codecs}, each the codec of the subtype named by the tag at the same index. */
    @SuppressWarnings("unchecked")
    public TaggedUnion(String property, String[] tags, JsonCodec<?>[] codecs) {
        this.property = property;
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < tags.length; i++) {
            byTag.put(tags[i], (JsonCodec<? extends T>) codecs[i]);
            expected.append(i == 0 ? "" : ", ").append(PythonText.repr(tags[i]));
        }
        this.discriminatorRepr = PythonText.repr(property);
        this.expectedTags = expected.toString();
    }

    /** The value at the current token, or null after recording why it is not one (pydantic's tagged-union problems). */
    public T read(JsonInput in) throws IOException {
        if (!in.startObject()) {
            return null;
        }
        byte[] object = in.objectBytes();
        Object tag = tagOf(object);
        if (tag == NOT_FOUND) {
            in.problem("union_tag_not_found", "Unable to extract tag using discriminator " + discriminatorRepr,
                    plain(object), Map.of("discriminator", discriminatorRepr));
            return null;
        }
        JsonCodec<? extends T> codec = tag instanceof String text ? byTag.get(text) : null;
        if (codec == null) {
            String shown = pythonStr(tag);
            in.problem("union_tag_invalid", "Input tag " + PythonText.repr(shown) + " found using " + discriminatorRepr
                            + " does not match any of the expected tags: " + expectedTags, plain(object),
                    ctx(shown));
            return null;
        }
        return in.replay(object, tag, codec);
    }

    private static final Object NOT_FOUND = new Object();

    /** pydantic's ctx, in its order. */
    private Map<String, Object> ctx(String tag) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("discriminator", discriminatorRepr);
        ctx.put("tag", tag);
        ctx.put("expected_tags", expectedTags);
        return ctx;
    }

    /** The value of the tag property at the object's top level (the last one, as Python's json.loads keeps), or NOT_FOUND. */
    private Object tagOf(byte[] object) throws IOException {
        Object tag = NOT_FOUND;
        try (JsonParser parser = JsonValues.factory().createParser(object)) {
            parser.nextToken();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (name.equals(property)) {
                    tag = JsonValues.read(parser);
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                }
            }
        }
        return tag;
    }

    private static Object plain(byte[] object) throws IOException {
        try (JsonParser parser = JsonValues.factory().createParser(object)) {
            parser.nextToken();
            return JsonValues.read(parser);
        }
    }

    /** What Python's {@code str()} shows of a JSON scalar (pydantic formats the tag that way); others as JSON. */
    private static String pythonStr(Object tag) {
        if (tag == null) {
            return "None";
        }
        if (tag instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (tag instanceof String text) {
            return text;
        }
        if (tag instanceof Number) {
            return tag.toString();
        }
        return new String(JsonValues.toBytes(tag), java.nio.charset.StandardCharsets.UTF_8);
    }
}
