package dev.skiff.processor.check;

import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.RouteModel;
import java.util.HashMap;
import java.util.Map;

/**
 * The rules across the whole API: handler classes the generated code can construct and call,
 * one handler per method and path, unambiguous templates, unique operationIds and operation constants.
 */
public final class ModelChecks {
    private final Diagnostics diagnostics;
    private final RouteChecks routeChecks;

    public ModelChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.routeChecks = new RouteChecks(diagnostics);
    }

    public void check(ApiModel api) {
        Map<String, RouteModel> byShape = new HashMap<>();
        Map<String, RouteModel> byOperationId = new HashMap<>();
        Map<String, RouteModel> byConstant = new HashMap<>();
        for (HandlerModel handler : api.handlers()) {
            checkHandler(handler);
            for (RouteModel route : handler.routes()) {
                routeChecks.check(route);
                checkUnique(route, byShape);
                RouteModel sameId = byOperationId.putIfAbsent(route.operationId(), route);
                if (sameId != null) {
                    diagnostics.error(route.element(), route.annotation(), null, DiagnosticMessages.DUPLICATE_OPERATION_ID,
                            route.operationId(), where(sameId));
                } else {
                    checkConstant(route, byConstant);
                }
            }
        }
    }

    /** Two operationIds that differ only in case or separators would be one constant of SkiffOperations. */
    private void checkConstant(RouteModel route, Map<String, RouteModel> byConstant) {
        RouteModel other = byConstant.putIfAbsent(route.operationConstant(), route);
        if (other != null) {
            diagnostics.error(route.element(), route.annotation(), null, DiagnosticMessages.OPERATION_CONSTANT_CLASH,
                    route.operationId(), other.operationId(), where(other), route.operationConstant());
        }
    }

    private void checkHandler(HandlerModel handler) {
        String name = handler.type().canonicalName();
        if (!handler.isPublic()) {
            diagnostics.error(handler.element(), DiagnosticMessages.CLASS_NOT_PUBLIC, name);
        }
        if (handler.isAbstract()) {
            diagnostics.error(handler.element(), DiagnosticMessages.CLASS_ABSTRACT, name);
        }
        if (handler.isInnerClass()) {
            diagnostics.error(handler.element(), DiagnosticMessages.CLASS_INNER, name);
        }
    }

    private void checkUnique(RouteModel route, Map<String, RouteModel> byShape) {
        if (route.template() == null) {
            return;
        }
        RouteModel other = byShape.putIfAbsent(route.httpMethod() + " " + route.template().shape(), route);
        if (other == null) {
            return;
        }
        String key = route.httpMethod() + " " + route.template().openApiPath();
        if (other.template().variables().equals(route.template().variables())) {
            diagnostics.error(route.element(), route.annotation(), null, DiagnosticMessages.DUPLICATE_ROUTE, key, where(other));
        } else {
            diagnostics.error(route.element(), route.annotation(), null, DiagnosticMessages.AMBIGUOUS_TEMPLATE, key,
                    other.template().openApiPath(), where(other));
        }
    }

    private static String where(RouteModel route) {
        return ((javax.lang.model.element.TypeElement) route.element().getEnclosingElement()).getQualifiedName() + "."
                + route.javaMethodName();
    }
}
