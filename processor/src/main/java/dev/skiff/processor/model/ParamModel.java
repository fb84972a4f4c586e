package dev.skiff.processor.model;

import java.util.Map;
import javax.lang.model.element.VariableElement;

/**
 * One handler parameter: its Java name, the name on the wire (query key, header name, form
 * field; for a raw body its declared media type),
 * where it comes from and its type. {@code required} is false for {@code Optional} and
 * {@code @DefaultValue} parameters; {@code defaultValue} is the default's text or null;
 * {@code pathIndex} is the variable's position in the template (path parameters only, else -1).
 * {@code schemaKeywords} are the JSON Schema keywords its constraints add to the OpenAPI
 * document. {@code constraints} are its checks: the constraints of a path, query, header or
 * cookie parameter; for a body, the validator it cascades into; null when nothing is checked.
 * {@code element} is the parameter, for diagnostics only (null in hand-built models).
 * {@code example} is its {@code @Example}'s text, or null.
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
        ValueModel constraints,
        VariableElement element,
        String example) {
    public ParamModel {
        schemaKeywords = Map.copyOf(schemaKeywords);
    }

    /** A parameter without an example. */
    public ParamModel(String name, String wireName, ParamSource source, TypeModel type, boolean required,
            String defaultValue, int pathIndex, String description, Map<String, Object> schemaKeywords,
            ValueModel constraints, VariableElement element) {
        this(name, wireName, source, type, required, defaultValue, pathIndex, description, schemaKeywords, constraints,
                element, null);
    }

    /** A parameter without constraints. */
    public ParamModel(String name, String wireName, ParamSource source, TypeModel type, boolean required,
            String defaultValue, int pathIndex, String description, Map<String, Object> schemaKeywords,
            VariableElement element) {
        this(name, wireName, source, type, required, defaultValue, pathIndex, description, schemaKeywords, null,
                element);
    }

    /** Whether the handler declared {@code Optional<T>}. */
    public boolean isOptionalWrapper() {
        return type instanceof TypeModel.OptionalOf;
    }

    /** The type bound from the request: {@code T} for {@code Optional<T>}. */
    public TypeModel valueType() {
        return type instanceof TypeModel.OptionalOf optional ? optional.value() : type;
    }

    /** A copy with these checks and the JSON Schema keywords they add. */
    public ParamModel withConstraints(ValueModel constraints, Map<String, Object> keywords) {
        return new ParamModel(name, wireName, source, type, required, defaultValue, pathIndex, description, keywords,
                constraints, element, example);
    }
}
