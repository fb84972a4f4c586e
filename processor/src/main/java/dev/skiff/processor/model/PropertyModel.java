package dev.skiff.processor.model;

import java.util.Map;
import javax.lang.model.element.Element;

/**
 * One property of a record or bean schema, under its JSON name ({@code @JsonProperty} wins).
 * {@code keywords} are extra JSON Schema keywords (constraints, added by extensions);
 * {@code element} is the record component or getter it was read from (null in hand-built models).
 */
public record PropertyModel(String jsonName, TypeModel type, boolean required, String description,
        Map<String, Object> keywords, Element element) {
    public PropertyModel {
        keywords = Map.copyOf(keywords);
    }

    /** A copy with {@code keywords} as its extra JSON Schema keywords. */
    public PropertyModel withKeywords(Map<String, Object> keywords) {
        return new PropertyModel(jsonName, type, required, description, keywords, element);
    }
}
