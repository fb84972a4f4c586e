package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One constraint annotation on one value.
 *
 * @param kind       which constraint
 * @param annotation the annotation type
 * @param attributes its attributes other than message, groups and payload, in declaration
 *                   order, as {@link AttributeValues} (these are the message parameters and the
 *                   422 entry's {@code ctx})
 * @param message    the message template (the attribute or its default)
 * @param groups     the groups named, empty for Default
 * @param custom     for a user constraint, how to run it; otherwise null
 * @param element    where it was declared, for diagnostics
 * @param mirror     the annotation, for diagnostics
 */
public record ConstraintModel(
        ConstraintKind kind,
        ClassName annotation,
        Map<String, Object> attributes,
        String message,
        List<String> groups,
        CustomConstraint custom,
        Element element,
        AnnotationMirror mirror) {

    public ConstraintModel {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        groups = List.copyOf(groups);
    }

    /** The {@code type} of its 422 entries, e.g. {@code not_blank}. */
    public String problemType() {
        return ConstraintKind.problemType(annotation.simpleName());
    }
}
