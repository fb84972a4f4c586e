package dev.skiff.processor.write.validators;

import dev.skiff.processor.write.FrameworkTypes;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.processor.model.ValidatedPropertyModel;
import dev.skiff.processor.model.ValidatedTypeModel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Type>Validator}: a final class with
 * {@code validate(Type value, List<Object> loc, Problems problems)} (system clock) and an
 * overload taking the {@code Clock} temporal constraints compare with. Straight-line code,
 * one block per property in declaration order; no reflection. The system clock is passed as
 * null and defaulted where a temporal or custom check reads it, so a validation without one
 * loads no clock class.
 */
public final class ValidatorWriter {
    private static final TypeName LOC = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT);
    /** Names the generated method already uses, which a property local must not shadow. */
    private static final Set<String> RESERVED = Set.of("value", "loc", "problems", "clock");

    private ValidatorWriter() {}

    /** The validator of {@code model}, its messages interpolated with {@code applicationMessages} (see {@code read.ApplicationMessages}). */
    public static JavaFile write(ValidatedTypeModel model, Map<String, String> applicationMessages) {
        ConstantPool pool = ConstantPool.collecting(applicationMessages);
        CheckWriter checks = new CheckWriter(pool, "problems", CodeBlock.of("clock"));
        TypeSpec.Builder type = TypeSpec.classBuilder(model.validatorName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(FrameworkTypes.generated())
                .addJavadoc("Checks the constraints of {@link $T}$L, as Hibernate Validator would, without reflection.\n",
                        model.type(), model.typeArguments().isEmpty() ? ""
                                : " as " + com.palantir.javapoet.CodeBlock.of("{@code $L}", model.valueType()) + " (its type arguments' constraints too)")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(withSystemClock(model))
                .addMethod(withClock(model, checks));
        pool.addTo(type);
        if (model.element() != null) {
            type.addOriginatingElement(model.element());
        }
        return JavaFile.builder(model.type().packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private static MethodSpec withSystemClock(ValidatedTypeModel model) {
        return MethodSpec.methodBuilder("validate")
                .addJavadoc("Reports every violation of {@code value} (none when null) into {@code problems}, at {@code loc}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(model.valueType(), "value")
                .addParameter(LOC, "loc")
                .addParameter(FrameworkTypes.PROBLEMS, "problems")
                .addStatement("validate(value, loc, problems, null)")
                .build();
    }

    private static MethodSpec withClock(ValidatedTypeModel model, CheckWriter checks) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("validate")
                .addJavadoc("As {@link #validate($T, List, $T)}, with {@code clock} as now for temporal constraints\n"
                        + "(null: the system clock in the default time zone).\n",
                        model.type(), FrameworkTypes.PROBLEMS)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(model.valueType(), "value")
                .addParameter(LOC, "loc")
                .addParameter(FrameworkTypes.PROBLEMS, "problems")
                .addParameter(Clock.class, "clock")
                .beginControlFlow("if (value == null)")
                .addStatement("return")
                .endControlFlow();
        for (ValidatedPropertyModel property : model.properties()) {
            // '$': no property of user code is named like the renamed local
            String local = RESERVED.contains(property.name()) ? property.name() + "$" : property.name();
            method.addCode("// $L\n", property.jsonName())
                    .addStatement("var $N = value.$L", local, property.accessor())
                    .addCode(checks.write(property.value(), local, CodeBlock.of("loc"), List.of(CodeBlock.of("$S", property.jsonName()))));
        }
        return method.build();
    }
}
