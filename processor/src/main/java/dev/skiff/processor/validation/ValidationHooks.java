package dev.skiff.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.InvokerFields;
import dev.skiff.processor.write.InvokerHooks;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * Adds validation to the invokers, right after each parameter is bound and before the one
 * 422: a body goes through its generated validator (each element of a list body, loc
 * {@code ["body", i, ...]}); a constrained path, query, header or cookie parameter is
 * checked inline, loc {@code ["query", "limit"]}. A parameter that is absent or did not
 * convert (null) is not checked again: its problem is already recorded.
 */
final class ValidationHooks implements InvokerHooks {

    private final Set<String> validatedTypes;
    private final Map<VariableElement, ValueModel> params;
    private final ParameterAnnotationClasses annotationClasses;
    private final Map<String, String> applicationMessages;

    ValidationHooks(Set<String> validatedTypes, Map<VariableElement, ValueModel> params,
                    ParameterAnnotationClasses annotationClasses, Map<String, String> applicationMessages) {
        this.validatedTypes = validatedTypes;
        this.params = params;
        this.annotationClasses = annotationClasses;
        this.applicationMessages = applicationMessages;
    }

    @Override
    public void afterBinding(RouteModel route, ParamModel param, String local, InvokerFields fields, CodeBlock.Builder code) {
        if (param.source() == ParamSource.BODY) {
            validateBody(param, local, fields, code);
            return;
        }
        ValueModel value = params.get(param.element());
        if (value == null) {
            return;
        }
        ValueModel bound = asBound(value);
        if (!bound.checksAnything()) {
            return;
        }
        // a null clock is the system clock, defaulted by the temporal and custom checks that read it
        CheckWriter checks = new CheckWriter(ConstantPool.into(sinkOf(fields), annotationClasses.forRoute(route), applicationMessages), "problems",
                CodeBlock.of("null"));
        code.beginControlFlow("if ($N != null)", local)
                .add(checks.writeNonNull(bound, local, CodeBlock.of("$N", fields.loc(route, param)), List.of()))
                .endControlFlow();
    }

    private void validateBody(ParamModel param, String local, InvokerFields fields, CodeBlock.Builder code) {
        TypeModel type = param.valueType();
        boolean list = type instanceof TypeModel.ArrayOf;
        TypeModel item = type instanceof TypeModel.ArrayOf array ? array.item() : type;
        if (!(item instanceof TypeModel.ObjectRef object) || !validatedTypes.contains(object.qualifiedName())) {
            return;
        }
        ClassName validator = ValidatedTypeModel.validatorNameOf((ClassName) rawType(object));
        String loc = fields.add("loc:body", "LOC_BODY", ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT),
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

    private static com.palantir.javapoet.TypeName rawType(TypeModel.ObjectRef object) {
        return object.javaType() instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : object.javaType();
    }

    private static ConstantPool.Sink sinkOf(InvokerFields fields) {
        return new ConstantPool.Sink() {
            @Override
            public String add(String key, String preferredName, TypeName type, CodeBlock initializer) {
                return fields.add(key, preferredName, type, initializer);
            }

            @Override
            public String addLazy(String key, String preferredName, TypeName type, CodeBlock initializer) {
                return fields.addLazy(key, preferredName, type, initializer);
            }
        };
    }
}
