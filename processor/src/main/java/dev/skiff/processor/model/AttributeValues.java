package dev.skiff.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * The values annotation attributes hold in a {@link ConstraintModel}: boxed primitives and
 * strings as themselves, arrays as {@code List}s, and these two records for enums and classes.
 */
public final class AttributeValues {
    private AttributeValues() {}

    /** An enum constant, e.g. {@code Pattern.Flag.CASE_INSENSITIVE}. */
    public record EnumConstant(TypeName type, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A class literal, e.g. {@code Payload.class}. */
    public record ClassLiteral(TypeName type) {}
}
