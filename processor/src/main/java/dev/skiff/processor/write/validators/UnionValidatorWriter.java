package dev.skiff.processor.write.validators;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.ValidatedTypeModel;
import dev.skiff.processor.write.FrameworkTypes;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Base>Validator} for a polymorphic type: the validator of the value's subtype,
 * chosen by {@code instanceof}, its problems located under the subtype's name as pydantic
 * locates those of a discriminated union's member ({@code ["body", "restock", "quantity"]}).
 * Same methods as a record's validator, so that a body's checks call either alike.
 */
public final class UnionValidatorWriter {
    private static final TypeName LOC = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT);

    private UnionValidatorWriter() {}

    /**
     * The validator of {@code union}, or empty when none of its subtypes has a validator and no
     * {@code @Valid} {@code cascadedInto} it (then one that checks nothing, for the caller to call).
     */
    public static Optional<JavaFile> write(SchemaModel.UnionSchema union, List<ValidatedTypeModel> validatedTypes,
            boolean cascadedInto) {
        Set<TypeName> validated = validatedTypes.stream().map(ValidatedTypeModel::valueType).collect(Collectors.toSet());
        List<SchemaModel.UnionSchema.Variant> variants = union.variants().stream()
                .filter(variant -> validated.contains(variant.javaType())).toList();
        if (variants.isEmpty() && !cascadedInto) {
            return Optional.empty();
        }
        ClassName name = ValidatedTypeModel.validatorNameOf(union.javaType());
        MethodSpec.Builder withClock = MethodSpec.methodBuilder("validate")
                .addJavadoc("Reports every violation of {@code value}'s subtype (none when null) into {@code problems}, at {@code loc}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(union.javaType(), "value")
                .addParameter(LOC, "loc")
                .addParameter(FrameworkTypes.PROBLEMS, "problems")
                .addParameter(Clock.class, "clock");
        for (int i = 0; i < variants.size(); i++) {
            SchemaModel.UnionSchema.Variant variant = variants.get(i);
            if (i == 0) {
                withClock.beginControlFlow("if (value instanceof $T v)", variant.javaType());
            } else {
                withClock.nextControlFlow("else if (value instanceof $T v)", variant.javaType());
            }
            withClock.addCode(CheckWriter.nestedLoc("nested", CodeBlock.of("loc"),
                            List.of(CodeBlock.of("$S", variant.tag()))))
                    .addStatement("$T.validate(v, $T.of(nested), problems, clock)",
                            ValidatedTypeModel.validatorNameOf(variant.javaType()), List.class);
        }
        if (!variants.isEmpty()) {
            withClock.endControlFlow();
        }
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(FrameworkTypes.generated())
                .addJavadoc("Checks the constraints of the subtype of {@link $T} a value is, without reflection.\n", union.javaType())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("validate")
                        .addJavadoc("Reports every violation of {@code value}'s subtype (none when null) into {@code problems}, at {@code loc}.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(union.javaType(), "value")
                        .addParameter(LOC, "loc")
                        .addParameter(FrameworkTypes.PROBLEMS, "problems")
                        .addStatement("validate(value, loc, problems, null)")
                        .build())
                .addMethod(withClock.build())
                .build();
        return Optional.of(JavaFile.builder(name.packageName(), type).skipJavaLangImports(true).build());
    }
}
