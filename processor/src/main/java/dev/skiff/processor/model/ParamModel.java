package dev.skiff.processor.model;

import java.util.Map;
import javax.lang.model.element.VariableElement;

/**
 * One handler parameter: its Java name, the name on the wire (query key, header name...),
 * where it comes from and its type. {@code required} is false for {@code Optional} and
 * {@code @DefaultValue} parameters; {@code defaultValue} is the default's text or null;
 * {@code pathIndex} is the variable's position in the template (path parameters only, else -1).
 * {@code schemaKeywords} are extra JSON Schema keywords for the OpenAPI document (filled by
 * extensions such as constraint support; empty by default).
 */
public record ParamModel(
        String name,
        String wireName,
        ParamSource source,
        TypeModel type,
        boolean required,
        String defaultValue,
        int pathIndex,
        String description,
        Map<String, Object> schemaKeywords,
        VariableElement element) {
    public ParamModel {
        schemaKeywords = Map.copyOf(schemaKeywords);
    }

    /** Whether the handler declared {@code Optional<T>}. */
    public boolean isOptionalWrapper() {
        return type instanceof TypeModel.OptionalOf;
    }

    /** The type bound from the request: {@code T} for {@code Optional<T>}. */
    public TypeModel valueType() {
        return type instanceof TypeModel.OptionalOf optional ? optional.value() : type;
    }

    /** A copy with {@code keywords} as its extra JSON Schema keywords. */
    public ParamModel withSchemaKeywords(Map<String, Object> keywords) {
        return new ParamModel(name, wireName, source, type, required, defaultValue, pathIndex, description, keywords,
                element);
    }
}
