package dev.skiff.processor.write.codecs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.write.FrameworkTypes;

/**
 * The code that builds a Jackson {@code JavaType} for a declared type, through
 * {@code Json.types()}: class literals only, so generic types keep their arguments
 * without reflection.
 */
public final class JavaTypes {
    private JavaTypes() {}

    public static CodeBlock of(TypeName type) {
        if (type instanceof ParameterizedTypeName parameterized) {
            CodeBlock.Builder code = CodeBlock.builder()
                    .add("$T.types().constructParametricType($T.class", FrameworkTypes.JSON, parameterized.rawType());
            for (TypeName argument : parameterized.typeArguments()) {
                code.add(", $L", of(argument));
            }
            return code.add(")").build();
        }
        TypeName raw = type.isPrimitive() ? type.box() : type;
        if (!(raw instanceof ClassName)) {
            raw = ClassName.get(Object.class);
        }
        return CodeBlock.of("$T.types().constructType($T.class)", FrameworkTypes.JSON, raw);
    }
}
