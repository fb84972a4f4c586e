package dev.skiff.processor.check;

import com.palantir.javapoet.ClassName;
import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.model.MediaTypes;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TypeModel;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/** The rules one operation must satisfy on its own, each reported on the offending element. */
public final class RouteChecks {
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "DELETE");
    private static final Set<String> RAW_TYPES = Set.of("byte[]", "java.lang.String", "java.io.InputStream");

    private final Diagnostics diagnostics;

    public RouteChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public void check(RouteModel route) {
        checkMethod(route);
        checkTemplate(route);
        checkParams(route);
        checkBody(route);
        checkResult(route);
    }

    private void checkMethod(RouteModel route) {
        if (!route.isPublic()) {
            diagnostics.error(route.element(), DiagnosticMessages.METHOD_NOT_PUBLIC, route.javaMethodName());
        }
        if (route.isStatic()) {
            diagnostics.error(route.element(), DiagnosticMessages.METHOD_STATIC, route.javaMethodName());
        }
    }

    private void checkTemplate(RouteModel route) {
        AnnotationValue value = templateValue(route);
        if (route.template() == null) {
            diagnostics.error(route.element(), route.annotation(), value, DiagnosticMessages.MALFORMED_TEMPLATE,
                    route.annotationName(), route.rawTemplate(), route.templateError());
            return;
        }
        for (String variable : route.template().variables()) {
            boolean bound = route.params().stream()
                    .anyMatch(p -> p.source() == ParamSource.PATH && p.wireName().equals(variable));
            if (!bound) {
                diagnostics.error(route.element(), route.annotation(), value, DiagnosticMessages.VARIABLE_WITHOUT_PARAMETER,
                        route.annotationName(), route.rawTemplate(), variable, route.javaMethodName(), variable);
            }
        }
    }

    private void checkParams(RouteModel route) {
        for (ParamModel param : route.params()) {
            TypeModel value = param.valueType();
            switch (param.source()) {
                case UNBINDABLE -> {
                    if (ErrorTypes.in(param.element().asType())) {
                        diagnostics.leaveToCompiler();
                    } else {
                        diagnostics.error(param.element(), DiagnosticMessages.UNBINDABLE_PARAMETER, param.name(),
                                param.type().javaType());
                    }
                }
                case PATH -> {
                    if (!value.isScalar()) {
                        notScalar(param);
                    } else if (param.isOptionalWrapper() || param.defaultValue() != null) {
                        diagnostics.error(param.element(), DiagnosticMessages.OPTIONAL_PATH_PARAMETER, param.name());
                    }
                }
                case QUERY, HEADER, COOKIE -> {
                    if (!value.isScalarOrScalars()) {
                        notScalar(param);
                    } else {
                        checkDefault(param);
                    }
                }
                case DEPENDENCY -> checkDependency(param);
                case FORM -> {
                    if (!value.isScalarOrScalars()) {
                        diagnostics.error(param.element(), DiagnosticMessages.FORM_UNSUPPORTED_TYPE, param.name(),
                                param.type().javaType());
                    } else {
                        checkDefault(param);
                    }
                }
                case RAW_BODY -> checkRawBody(param);
                case BODY, CONTEXT, FILE -> {
                    if (param.defaultValue() != null) {
                        diagnostics.error(param.element(), DiagnosticMessages.DEFAULT_VALUE_NOT_ALLOWED, param.name());
                    }
                }
            }
        }
    }

    private void checkDependency(ParamModel param) {
        if (param.element() != null && ErrorTypes.in(param.element().asType())) {
            diagnostics.leaveToCompiler();
        } else if (!(param.type().javaType() instanceof ClassName)) {
            diagnostics.error(param.element(), DiagnosticMessages.DEPENDENCY_TYPE, param.name(), param.type().javaType());
        } else if (param.defaultValue() != null) {
            diagnostics.error(param.element(), DiagnosticMessages.DEFAULT_VALUE_NOT_ALLOWED, param.name());
        }
    }

    /** A raw body is bytes, text or a stream, of a media type (wildcards allowed). */
    private void checkRawBody(ParamModel param) {
        String type = param.type().javaType().toString();
        if (!RAW_TYPES.contains(type)) {
            diagnostics.error(param.element(), DiagnosticMessages.RAW_BODY_TYPE, param.name(), param.type().javaType());
        } else if (!MediaTypes.isValidRange(param.wireName())) {
            diagnostics.error(param.element(), DiagnosticMessages.BODY_MEDIA_TYPE, param.wireName(), param.name());
        }
        if (param.defaultValue() != null) {
            diagnostics.error(param.element(), DiagnosticMessages.DEFAULT_VALUE_NOT_ALLOWED, param.name());
        }
    }

    private void notScalar(ParamModel param) {
        diagnostics.error(param.element(), DiagnosticMessages.NOT_A_SCALAR, param.name(), param.type().javaType(),
                param.source().location());
    }

    private void checkDefault(ParamModel param) {
        if (param.defaultValue() == null) {
            return;
        }
        String problem = DefaultValues.problem(param.defaultValue(), param.valueType());
        if (problem != null) {
            diagnostics.error(param.element(), DiagnosticMessages.BAD_DEFAULT_VALUE, param.defaultValue(), param.name(), problem);
        }
    }

    private void checkBody(RouteModel route) {
        List<ParamModel> bodies = route.params().stream()
                .filter(p -> p.source() == ParamSource.BODY || p.source() == ParamSource.RAW_BODY).toList();
        List<ParamModel> forms = route.params().stream().filter(p -> p.source().inForm()).toList();
        if (bodies.size() > 1) {
            diagnostics.error(bodies.get(1).element(), DiagnosticMessages.TWO_BODIES, route.javaMethodName(),
                    bodies.get(0).name(), bodies.get(1).name());
        }
        if (!bodies.isEmpty() && !forms.isEmpty()) {
            diagnostics.error(forms.get(0).element(), DiagnosticMessages.FORM_AND_BODY, route.javaMethodName(),
                    forms.get(0).name(), bodies.get(0).name());
        }
        route.params().stream().filter(p -> p.source().inBody()).findFirst()
                .filter(first -> WITHOUT_BODY.contains(route.httpMethod()))
                .ifPresent(first -> diagnostics.error(first.element(), DiagnosticMessages.BODY_NOT_ALLOWED,
                        route.annotationName(), route.javaMethodName(), first.name()));
    }

    private void checkResult(RouteModel route) {
        if (route.result().kind() == ResultModel.Kind.UNSUPPORTED && ErrorTypes.in(route.element().getReturnType())) {
            diagnostics.leaveToCompiler();
        } else if (route.result().kind() == ResultModel.Kind.UNSUPPORTED) {
            diagnostics.error(route.element(), DiagnosticMessages.UNSUPPORTED_RESULT, route.javaMethodName(),
                    route.element().getReturnType());
        } else if (route.result().status() < 200 || route.result().status() > 399) {
            diagnostics.error(route.element(), route.annotation(), null, DiagnosticMessages.BAD_STATUS,
                    route.result().status(), route.annotationName());
        } else if (route.result().declaresMediaType()) {
            checkProduces(route);
        }
    }

    /** A declared media type is one, and the return type can be written in it. */
    private void checkProduces(RouteModel route) {
        ResultModel result = route.result();
        AnnotationValue value = Diagnostics.explicitValue(route.annotation(), "produces");
        if (!MediaTypes.isValid(result.produces())) {
            diagnostics.error(route.element(), route.annotation(), value, DiagnosticMessages.INVALID_MEDIA_TYPE,
                    result.produces(), route.annotationName());
        } else if (!fits(result)) {
            diagnostics.error(route.element(), route.annotation(), value, DiagnosticMessages.PRODUCES_MISMATCH,
                    route.javaMethodName(), route.element().getReturnType(), result.produces());
        }
    }

    /** Events only as text/event-stream, JSON Lines only as JSON Lines, JSON values only as JSON, raw bodies as anything else. */
    private static boolean fits(ResultModel result) {
        String produces = result.produces();
        if (result.bodiless()) {
            return false;
        }
        if (result.kind() == ResultModel.Kind.EVENTS) {
            return MediaTypes.isEventStream(produces);
        }
        if (result.kind() == ResultModel.Kind.STREAM) {
            return MediaTypes.isJsonLines(produces);
        }
        if (MediaTypes.isEventStream(produces) || MediaTypes.isJsonLines(produces)) {
            return false;
        }
        return result.payload() != ResultModel.Payload.JSON || MediaTypes.isJson(produces);
    }

    private static AnnotationValue templateValue(RouteModel route) {
        return route.annotation().getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
                .map(e -> (AnnotationValue) e.getValue()).findFirst().orElse(null);
    }
}
