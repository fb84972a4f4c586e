package dev.skiff.processor.model;

import java.util.Map;

/**
 * One property of a record or bean schema, under its JSON name ({@code @JsonProperty} wins).
 * {@code keywords} are extra JSON Schema keywords (constraints, added by extensions).
 */
public record PropertyModel(String jsonName, TypeModel type, boolean required, String description,
        Map<String, Object> keywords) {
    public PropertyModel {
        keywords = Map.copyOf(keywords);
    }
}
