package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A value to check — a property, a container element, a handler parameter — with its
 * constraints, whether {@code @Valid} cascades into it, and its container elements.
 *
 * @param type        its Java type
 * @param kind        what it is, for picking checks
 * @param constraints constraints in declaration order
 * @param cascadeInto with {@code @Valid} on a record or bean: the type whose validator to call; else null
 * @param element     for a List, Set, Collection or Optional: its element; for a Map: its value; else null
 * @param keyConstraints constraints on a Map's keys or an array's elements (not supported: reported by {@code ConstraintChecks})
 */
public record ValueModel(
        TypeName type,
        ValueKind kind,
        List<ConstraintModel> constraints,
        ClassName cascadeInto,
        ValueModel element,
        List<ConstraintModel> keyConstraints) {

    public ValueModel {
        constraints = List.copyOf(constraints);
        keyConstraints = List.copyOf(keyConstraints);
    }

    /** Whether anything is checked here or below. */
    public boolean checksAnything() {
        return !constraints.isEmpty() || cascadeInto != null || (element != null && element.checksAnything());
    }

    /** Whether anything is declared here or below, supported or not (so checks see it). */
    public boolean declaresAnything() {
        return checksAnything() || !allConstraints().isEmpty();
    }

    /** Every constraint here and below, for checks that look at all of them. */
    public List<ConstraintModel> allConstraints() {
        List<ConstraintModel> all = new java.util.ArrayList<>(constraints);
        all.addAll(keyConstraints);
        if (element != null) {
            all.addAll(element.allConstraints());
        }
        return all;
    }
}
