package dev.skiff.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A value to check — a property, a container element, a handler parameter — with its
 * constraints, whether {@code @Valid} cascades into it, and its container elements.
 *
 * @param type        its Java type
 * @param kind        what it is, for picking checks
 * @param constraints constraints in declaration order
 * @param cascadeInto with {@code @Valid} on a record or bean: the type whose validator to call (a class, or an
 *                    instantiation such as {@code Page<NewItem>}); a type variable or wildcard when {@code @Valid}
 *                    meets a type argument the instantiation is not known of (reported by {@code ConstraintChecks});
 *                    else null
 * @param element     for a List, Set, Collection or Optional: its element; for a Map: its value; else null
 * @param keyConstraints constraints on a Map's keys or an array's elements (not supported: reported by {@code ConstraintChecks})
 */
public record ValueModel(
        TypeName type,
        ValueKind kind,
        List<ConstraintModel> constraints,
        TypeName cascadeInto,
        ValueModel element,
        List<ConstraintModel> keyConstraints) {

    public ValueModel {
        constraints = List.copyOf(constraints);
        keyConstraints = List.copyOf(keyConstraints);
    }

    /** Whether the cascade goes into a type variable or wildcard, whose validator cannot be known. */
    public boolean cascadesIntoUnknownType() {
        return cascadeInto != null && !known(cascadeInto);
    }

    private static boolean known(TypeName type) {
        if (type instanceof com.palantir.javapoet.ParameterizedTypeName parameterized) {
            return parameterized.typeArguments().stream().allMatch(ValueModel::known);
        }
        return type instanceof com.palantir.javapoet.ClassName || type instanceof com.palantir.javapoet.ArrayTypeName array
                && (array.componentType().isPrimitive() || known(array.componentType()));
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
