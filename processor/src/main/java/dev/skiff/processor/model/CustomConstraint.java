package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * How to run a user's {@code @Constraint(validatedBy = X.class)}: instantiate X, initialise
 * it with an annotation instance built from {@code members}, call {@code isValid}.
 *
 * @param validator        the chosen {@code ConstraintValidator}, or null when none accepts the value
 * @param publicNoArg      whether it has a public no-argument constructor
 * @param members          every member of the annotation with its value, in declaration order
 * @param unsupportedValue the name of a member whose value cannot be synthesised (a nested
 *                         annotation), or null
 */
public record CustomConstraint(ClassName validator, boolean publicNoArg, List<Member> members, String unsupportedValue) {
    public CustomConstraint {
        members = List.copyOf(members);
    }

    /** One annotation member: its name, declared type and value (see {@link AttributeValues}). */
    public record Member(String name, TypeName type, Object value) {}
}
