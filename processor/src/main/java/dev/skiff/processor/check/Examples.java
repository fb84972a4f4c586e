package dev.skiff.processor.check;

import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.support.json.JsonSyntax;
import java.nio.charset.StandardCharsets;

/**
 * Whether an {@code @Example} fits its type, by {@code @DefaultValue}'s rule: a scalar or enum is
 * text that converts (one value's text for a query list), anything else is JSON of the type's
 * shape (an array for a collection, an object for a record, bean or map) whose every value fits
 * ({@link JsonExamples}).
 */
final class Examples {
    private final JsonExamples json;

    Examples(ApiModel api) {
        this.json = new JsonExamples(api);
    }

    /** Why {@code text} is no example of {@code type}, or null when it is one. */
    String problem(String text, TypeModel type) {
        TypeModel value = type instanceof TypeModel.OptionalOf optional ? optional.value() : type;
        if (value.isScalar()) {
            return DefaultValues.problem(text, value);
        }
        if (value instanceof TypeModel.ArrayOf array && array.item().isScalar() && !text.strip().startsWith("[")) {
            return DefaultValues.problem(text, array.item());
        }
        if (value instanceof TypeModel.FileRef) {
            return "a file has no example";
        }
        if (value instanceof TypeModel.Base64Bytes) {
            // written as the JSON string it is sent as, without the quotes, as text is
            return JsonExamples.base64Problem(text);
        }
        JsonSyntax.Error error = JsonSyntax.firstError(text.getBytes(StandardCharsets.UTF_8));
        if (error != null) {
            return "it is not JSON (" + error.message() + " at " + error.position() + ")";
        }
        if (value instanceof TypeModel.AnyValue) {
            return null;
        }
        char first = text.strip().charAt(0);
        boolean array = value instanceof TypeModel.ArrayOf;
        if (array ? first != '[' : first != '{') {
            return array ? "expected a JSON array such as []" : "expected a JSON object such as {}";
        }
        return json.problem(text, value);
    }
}
