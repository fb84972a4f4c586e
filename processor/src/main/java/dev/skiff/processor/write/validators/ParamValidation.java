package dev.skiff.processor.write.validators;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.skiff.processor.model.CustomConstraint;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.ValidatedTypeModel;
import dev.skiff.processor.model.ValueKind;
import dev.skiff.processor.model.ValueModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation in the invokers, right after each parameter is bound and before the one 422: a
 * body goes through its generated validator (each element of a list body, loc
 * {@code ["body", i, ...]}); a constrained path, query, header or cookie parameter is checked
 * inline, loc {@code ["query", "limit"]}. A parameter that is absent or did not convert (null)
 * is not checked again: its problem is already recorded. One per handler: a custom constraint's
 * annotation instance is a top-level class beside the invokers, recorded as the checks name it
 * ({@link #annotationInstances}).
 *
 * <pre>{@code
 * ParamValidation validation = new ParamValidation(handler, applicationMessages);
 * body.add(validation.write(param, "limit", "LOC_QUERY_LIMIT", sink));
 * List<JavaFile> instances = validation.annotationInstances();
 * }</pre>
 */
public final class ParamValidation {
    private final HandlerModel handler;
    private final Map<String, String> applicationMessages;
    private final Map<ClassName, JavaFile> annotationInstances = new LinkedHashMap<>();

    /** Checks for {@code handler}'s parameters, with messages interpolated with the application's entries. */
    public ParamValidation(HandlerModel handler, Map<String, String> applicationMessages) {
        this.handler = handler;
        this.applicationMessages = applicationMessages;
    }

    /**
     * The checks of {@code param}, bound into {@code local}; constants go to {@code sink},
     * {@code loc} is the field holding the parameter's loc.
     */
    public CodeBlock write(ParamModel param, String local, String loc, ConstantPool.Sink sink) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (param.constraints() == null) {
            return code.build();
        }
        if (param.source() == ParamSource.BODY) {
            validateBody(param.constraints(), local, sink, code);
            return code.build();
        }
        ValueModel bound = asBound(param.constraints());
        if (!bound.checksAnything()) {
            return code.build();
        }
        // a null clock is the system clock, defaulted by the temporal and custom checks that read it
        CheckWriter checks = new CheckWriter(ConstantPool.into(sink, this::annotationInstance, applicationMessages),
                "problems", CodeBlock.of("null"));
        return code.beginControlFlow("if ($N != null)", local)
                .add(checks.writeNonNull(bound, local, CodeBlock.of("$N", loc), List.of()))
                .endControlFlow()
                .build();
    }

    /**
     * The annotation instances the checks written so far construct, in the order they first
     * name them: one package-private top-level class per annotation ({@code ItemsApi_EvenInstance}).
     */
    public List<JavaFile> annotationInstances() {
        return List.copyOf(annotationInstances.values());
    }

    /** The class the checks construct for {@code annotation}: written once, when first named. */
    private ClassName annotationInstance(ClassName annotation, List<CustomConstraint.Member> members) {
        ClassName name = handler.annotationInstanceType(annotation);
        annotationInstances.computeIfAbsent(name, n -> {
            var type = AnnotationInstanceWriter.write(n, annotation, members, false).toBuilder();
            if (handler.element() != null) {
                type.addOriginatingElement(handler.element());
            }
            return JavaFile.builder(n.packageName(), type.build()).skipJavaLangImports(true).build();
        });
        return name;
    }

    private static void validateBody(ValueModel body, String local, ConstantPool.Sink sink, CodeBlock.Builder code) {
        boolean list = body.element() != null;
        ClassName validator = ValidatedTypeModel.validatorNameOf(list ? body.element().cascadeInto() : body.cascadeInto());
        String loc = sink.add("loc:body", "LOC_BODY", ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT),
                CodeBlock.of("$T.of($S)", List.class, "body"));
        if (!list) {
            code.addStatement("$T.validate($N, $N, problems)", validator, local, loc);
            return;
        }
        code.beginControlFlow("if ($N != null)", local)
                // '$' in the temporaries' names: no handler parameter is named like them
                .addStatement("int body$$index = 0")
                .beginControlFlow("for (var body$$item : $N)", local)
                .add(CheckWriter.nestedLoc("body$itemLoc", CodeBlock.of("$N", loc), List.of(CodeBlock.of("body$$index"))))
                .addStatement("$T.validate(body$$item, $T.of(body$$itemLoc), problems)", validator, List.class)
                .addStatement("body$$index++")
                .endControlFlow()
                .endControlFlow();
    }

    /** What the invoker's local holds: an Optional's content, and primitives boxed. */
    private static ValueModel asBound(ValueModel value) {
        ValueModel bound = value.kind() == ValueKind.OPTIONAL && value.element() != null ? value.element() : value;
        ValueKind kind = switch (bound.kind()) {
            case BOOLEAN -> ValueKind.BOOLEAN_BOX;
            case INTEGRAL -> ValueKind.INTEGRAL_BOX;
            case DOUBLE -> ValueKind.DOUBLE_BOX;
            case FLOAT -> ValueKind.FLOAT_BOX;
            default -> bound.kind();
        };
        return new ValueModel(bound.type().box(), kind, bound.constraints(), bound.cascadeInto(), bound.element(),
                bound.keyConstraints());
    }
}
