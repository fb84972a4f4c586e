package dev.skiff.processor.write.validators;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.AttributeValues;
import java.util.List;

/** Java source literals for annotation attribute values (see {@link AttributeValues}). */
final class Literals {
    private static final ClassName LIST = ClassName.get(List.class);

    private Literals() {}

    /** The value as an expression of the member's declared type (arrays as array creations). */
    static CodeBlock typed(Object value, TypeName type) {
        if (value instanceof List<?> list) {
            TypeName component = type instanceof ArrayTypeName array ? array.componentType() : ClassName.OBJECT;
            TypeName raw = component instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : component;
            CodeBlock.Builder code = CodeBlock.builder().add("new $T[] {", raw);
            for (int i = 0; i < list.size(); i++) {
                code.add(i == 0 ? "" : ", ").add(typed(list.get(i), component));
            }
            return code.add("}").build();
        }
        return scalar(value, true);
    }

    /** The value as a plain object for messages and {@code ctx}: enums by name, arrays as lists. */
    static CodeBlock plain(Object value) {
        if (value instanceof List<?> list) {
            CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", LIST);
            for (int i = 0; i < list.size(); i++) {
                code.add(i == 0 ? "" : ", ").add(plain(list.get(i)));
            }
            return code.add(")").build();
        }
        return scalar(value, false);
    }

    private static CodeBlock scalar(Object value, boolean enumsAsConstants) {
        if (value instanceof String text) {
            return CodeBlock.of("$S", text);
        }
        if (value instanceof Long number) {
            return CodeBlock.of("$LL", number);
        }
        if (value instanceof Short number) {
            return CodeBlock.of("(short) $L", number);
        }
        if (value instanceof Byte number) {
            return CodeBlock.of("(byte) $L", number);
        }
        if (value instanceof Character character) {
            return CodeBlock.of("(char) $L", (int) character);
        }
        if (value instanceof Double number) {
            return doubleLiteral(number);
        }
        if (value instanceof Float number) {
            return number.isNaN() || number.isInfinite()
                    ? CodeBlock.of("(float) $L", doubleLiteral(number.doubleValue())) : CodeBlock.of("$Lf", number);
        }
        if (value instanceof AttributeValues.EnumConstant constant) {
            return enumsAsConstants ? CodeBlock.of("$T.$L", constant.type(), constant.name()) : CodeBlock.of("$S", constant.name());
        }
        if (value instanceof AttributeValues.ClassLiteral literal) {
            TypeName type = literal.type() instanceof ParameterizedTypeName p ? p.rawType() : literal.type();
            return CodeBlock.of("$T.class", type);
        }
        return CodeBlock.of("$L", value);
    }

    static CodeBlock doubleLiteral(double number) {
        if (Double.isNaN(number)) {
            return CodeBlock.of("$T.NaN", Double.class);
        }
        if (Double.isInfinite(number)) {
            return CodeBlock.of("$T.$L", Double.class, number > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        return CodeBlock.of("$LD", number);
    }
}
