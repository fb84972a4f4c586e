package dev.skiff.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * One property of a record or bean schema, under its JSON name ({@code @JsonProperty} wins).
 * {@code required}: absent from a body is a {@code missing} problem (not {@code Optional},
 * {@code @Nullable} or {@code @DefaultValue}, or made required by a constraint);
 * {@code keywords} are extra JSON Schema keywords (constraints, added by extensions);
 * {@code element} is the record component or getter it was read from (null in hand-built
 * models); {@code binding} is how the generated codec reads and writes it; {@code example} is its
 * {@code @Example}'s text, or null.
 */
public record PropertyModel(String jsonName, TypeModel type, boolean required, String description,
        Map<String, Object> keywords, Element element, Binding binding, String example) {
    public PropertyModel {
        keywords = Map.copyOf(keywords);
    }

    /** A property without an example. */
    public PropertyModel(String jsonName, TypeModel type, boolean required, String description,
            Map<String, Object> keywords, Element element, Binding binding) {
        this(jsonName, type, required, description, keywords, element, binding, null);
    }

    /** A property read through the accessor named like it, without aliases or default. */
    public PropertyModel(String jsonName, TypeModel type, boolean required, String description,
            Map<String, Object> keywords, Element element) {
        this(jsonName, type, required, description, keywords, element,
                new Binding(jsonName, null, List.of(), !required, null, Include.ALWAYS));
    }

    /** A copy with {@code keywords} as its extra JSON Schema keywords and {@code required} as given. */
    public PropertyModel with(boolean required, Map<String, Object> keywords) {
        return new PropertyModel(jsonName, type, required, description, keywords, element, binding, example);
    }

    /** A copy with {@code keywords} as its extra JSON Schema keywords. */
    public PropertyModel withKeywords(Map<String, Object> keywords) {
        return with(required, keywords);
    }

    /** Whether a body without it is pydantic's {@code missing}: it is not {@code Optional}, {@code @Nullable} or defaulted. */
    public boolean absentIsMissing() {
        return !(type instanceof TypeModel.OptionalOf) && !binding.nullable() && binding.defaultValue() == null;
    }

    /** Whether JSON {@code null} is a value of this property rather than a problem. */
    public boolean nullable() {
        return binding.nullable() || type instanceof TypeModel.OptionalOf;
    }

    /**
     * How the codec reaches a property.
     *
     * @param accessor     the method that returns the value: a record's accessor, a bean's getter
     * @param setter       a bean's setter, or null for a record (set through the canonical constructor)
     * @param aliases      other names it is read under ({@code @JsonAlias})
     * @param nullable     whether it carries a {@code @Nullable} annotation (of any package)
     * @param defaultValue its {@code @DefaultValue}, or null: text for a scalar or enum, JSON otherwise
     * @param include      when it is written ({@code @JsonInclude})
     */
    public record Binding(String accessor, String setter, List<String> aliases, boolean nullable, String defaultValue,
            Include include) {
        public Binding {
            aliases = List.copyOf(aliases);
        }
    }

    /** {@code @JsonInclude}'s values that generated codecs implement. */
    public enum Include {
        ALWAYS, NON_NULL, NON_ABSENT, NON_EMPTY
    }
}
