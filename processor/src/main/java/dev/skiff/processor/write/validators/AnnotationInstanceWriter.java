package dev.skiff.processor.write.validators;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.skiff.processor.model.CustomConstraint;
import java.lang.annotation.Annotation;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a plain class implementing a user's constraint annotation, so its validator's
 * {@code initialize(A)} gets an instance without reflection or proxies. Equality and hash
 * code are identity: validators read members, they do not compare annotations.
 */
final class AnnotationInstanceWriter {
    private AnnotationInstanceWriter() {}

    /** A nested {@code private static final} class, or (not {@code nested}) a package-private top-level one. */
    static TypeSpec write(ClassName name, ClassName annotation, List<CustomConstraint.Member> members, boolean nested) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(nested ? new Modifier[] {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL}
                        : new Modifier[] {Modifier.FINAL})
                .addSuperinterface(annotation)
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "{$S, $S}", "unchecked", "rawtypes").build())
                .addJavadoc("An instance of {@code @$L} with the values written at the constraint.\n", annotation.simpleName());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (CustomConstraint.Member member : members) {
            type.addField(member.type(), member.name(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(member.type(), member.name()).addStatement("this.$N = $N", member.name(), member.name());
            type.addMethod(MethodSpec.methodBuilder(member.name())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(member.type())
                    .addStatement("return $N", member.name())
                    .build());
        }
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("annotationType")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Annotation.class)))
                .addStatement("return $T.class", annotation)
                .build());
        return type.build();
    }
}
