package dev.skiff.processor.write.traced;

import dev.skiff.processor.write.FrameworkTypes;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.skiff.processor.model.SignatureModel;
import dev.skiff.processor.model.TracedClassModel;
import dev.skiff.processor.model.TracedMethodModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Traced<Class>}: a final subclass beside the class, with its constructors, whose
 * overrides run {@code super.m(...)} inside {@code Tracing.inSubsegment}. Exceptions pass
 * through unchanged: the one checked exception a method declares is Tracing's {@code E}; with
 * several, {@code E} is {@code Exception} and a multi-catch rethrows exactly what was declared.
 */
public final class TracedWriter {

    public JavaFile write(TracedClassModel model) {
        TypeSpec.Builder type = TypeSpec.classBuilder(model.tracedType())
                .addJavadoc("{@link $T} with its {@code @Traced} methods recorded as X-Ray subsegments: construct\n"
                        + "{@code new $T(...)} where the application would construct {@code $T}.\n",
                        model.type(), model.tracedType(), model.type())
                .addAnnotation(FrameworkTypes.generated())
                .addModifiers(model.isPublic() ? new Modifier[] {Modifier.PUBLIC, Modifier.FINAL}
                        : new Modifier[] {Modifier.FINAL})
                .addTypeVariables(model.typeVariables())
                .superclass(model.superType())
                .addOriginatingElement(model.element());
        for (SignatureModel constructor : model.constructors()) {
            type.addMethod(constructor(constructor));
        }
        for (TracedMethodModel method : model.methods()) {
            type.addMethod(override(method));
        }
        return JavaFile.builder(model.type().packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private static MethodSpec constructor(SignatureModel signature) {
        return signed(MethodSpec.constructorBuilder(), signature)
                .addStatement("super($L)", signature.arguments())
                .build();
    }

    private static MethodSpec override(TracedMethodModel method) {
        SignatureModel signature = method.signature();
        CodeBlock call = CodeBlock.of("$T.inSubsegment($S, () -> super.$L$L($L))", FrameworkTypes.TRACING, method.subsegment(),
                typeArguments(signature.typeVariables()), method.name(), signature.arguments());
        CodeBlock statement = method.returnsVoid() ? CodeBlock.of("$L;\n", call) : CodeBlock.of("return $L;\n", call);
        return signed(MethodSpec.methodBuilder(method.name()), signature)
                .addAnnotation(Override.class)
                .returns(method.returnType())
                .addCode(signature.checkedThrown().size() > 1 ? rethrowing(statement, signature) : statement)
                .build();
    }

    /**
     * With several checked exceptions Tracing's {@code E} is their common supertype, so the
     * declared ones (and unchecked ones) are rethrown as they are; nothing else can reach the
     * last catch, since {@code super.m(...)} throws only what it declares.
     */
    private static CodeBlock rethrowing(CodeBlock statement, SignatureModel signature) {
        CodeBlock.Builder caught = CodeBlock.builder();
        for (TypeName type : signature.checkedThrown()) {
            caught.add("$T | ", type);
        }
        String failure = unused("failure", signature);
        String undeclared = unused("undeclared", signature);
        return CodeBlock.builder()
                .beginControlFlow("try")
                .add(statement)
                .nextControlFlow("catch ($L$T $L)", caught.build(), RuntimeException.class, failure)
                .addStatement("throw $L", failure)
                .nextControlFlow("catch ($T $L)", Exception.class, undeclared)
                .addStatement("throw new $T($L)", IllegalStateException.class, undeclared)
                .endControlFlow()
                .build();
    }

    /** {@code name}, or with underscores appended until no parameter has it: a catch cannot shadow one. */
    private static String unused(String name, SignatureModel signature) {
        List<String> taken = signature.parameters().stream().map(ParameterSpec::name).toList();
        String candidate = name;
        while (taken.contains(candidate)) {
            candidate += "_";
        }
        return candidate;
    }

    private static MethodSpec.Builder signed(MethodSpec.Builder builder, SignatureModel signature) {
        if (signature.access() != null) {
            builder.addModifiers(signature.access());
        }
        return builder.addTypeVariables(signature.typeVariables())
                .addParameters(signature.parameters())
                .varargs(signature.varargs())
                .addExceptions(signature.thrown());
    }

    private static String typeArguments(List<TypeVariableName> typeVariables) {
        if (typeVariables.isEmpty()) {
            return "";
        }
        return "<" + String.join(", ", typeVariables.stream().map(v -> v.name()).toList()) + ">";
    }
}
